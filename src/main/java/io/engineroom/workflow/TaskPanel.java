package io.engineroom.workflow;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Lets another capability show its own part of a task on the task page, above the form: content shows the piece
 * under review, publishing what was sent. The workflow module knows tasks, not what they are about, so it asks
 * every panel bean and shows what they return.
 */
public interface TaskPanel {

    /**
     * Called while the signed-in user opens a task they may see.
     *
     * @return the component to show, or empty when this task is none of this panel's business
     */
    Optional<Component> panelFor(TaskDetails task);
}
