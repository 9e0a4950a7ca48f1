package io.engineroom.assist.ui;

import com.vaadin.flow.component.Component;
import io.engineroom.assist.Drafting;
import io.engineroom.assist.SuggestionKind;
import io.engineroom.workflow.TaskDetails;
import io.engineroom.workflow.TaskFieldAssist;
import java.util.Optional;

/**
 * Offers "Draft caption" beside the caption on "Write copy" and "Suggest reply" beside the reply on "Respond", only
 * when drafting is set up and only to someone who may work the task.
 */
@org.springframework.stereotype.Component
class DraftAssist implements TaskFieldAssist {

    private final Drafting drafting;

    DraftAssist(Drafting drafting) {
        this.drafting = drafting;
    }

    @Override
    public Optional<Component> besideField(TaskDetails task, String fieldKey, FormText field) {
        return SuggestionKind.of(task.task().sopKey(), task.taskKey(), fieldKey)
                .filter(kind -> drafting.mayAsk(task, kind))
                .map(kind -> new DraftButton(drafting, task.task().taskId(), kind, field));
    }
}
