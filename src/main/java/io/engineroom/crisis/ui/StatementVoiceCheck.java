package io.engineroom.crisis.ui;

import static io.engineroom.crisis.CrisisCommunicationVariables.STATEMENT;

import io.engineroom.brand.VoiceCheck;
import io.engineroom.brand.VoiceText;
import io.engineroom.workflow.TaskDetails;
import io.engineroom.workflow.VoiceSubmitCheck;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The brand's voice check on the crisis lead's holding statement, on submit of "Draft the holding statement". A
 * statement is no promotion, so no disclosure is asked for.
 */
@Component
class StatementVoiceCheck extends VoiceSubmitCheck {

    StatementVoiceCheck(VoiceCheck voice) {
        super(voice, "holding statement");
    }

    @Override
    protected List<VoiceText> texts(TaskDetails task, Map<String, Object> submitted) {
        if (!DraftStatementPanel.SOP_KEY.equals(task.task().sopKey())
                || !DraftStatementPanel.DRAFT_TASK.equals(task.taskKey())) {
            return List.of();
        }
        return List.of(text(submitted, STATEMENT.name()));
    }
}
