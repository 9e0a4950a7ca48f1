package io.engineroom.workflow;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Lets another capability put a helper right beside one text field of a task's form (an AI draft beside the
 * caption). Like {@link TaskPanel}, the workflow module knows forms, not what their fields are about, so it offers
 * every editable text field to every such bean. The helper shows and hides with its field; what it puts in the
 * field is only a starting point: the person still edits and submits the form as usual.
 */
public interface TaskFieldAssist {

    /**
     * Called while the signed-in user opens a task they may see, once per editable text field of its form.
     *
     * @return the component to show beside the field, or empty when this field is none of this helper's business
     */
    Optional<Component> besideField(TaskDetails task, String fieldKey, FormText field);

    /** One text field of the form as a helper may touch it: read what is there, put a starting text in. */
    interface FormText {

        String value();

        void fill(String text);
    }
}
