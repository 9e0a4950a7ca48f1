package io.engineroom.crisis.ui;

import static io.engineroom.crisis.CrisisCommunicationVariables.STATEMENT;

import io.engineroom.brand.VoiceCheck;
import io.engineroom.brand.VoiceFlag;
import io.engineroom.brand.VoiceText;
import io.engineroom.workflow.TaskDetails;
import io.engineroom.workflow.TaskSubmitCheck;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The brand's voice check on the crisis lead's holding statement, on submit of "Draft the holding statement". A
 * statement is no promotion, so no disclosure is asked for.
 */
@Component
class StatementVoiceCheck implements TaskSubmitCheck {

    private final VoiceCheck voice;

    StatementVoiceCheck(VoiceCheck voice) {
        this.voice = voice;
    }

    @Override
    public List<Finding> check(TaskDetails task, Map<String, Object> submitted) {
        return flags(task, submitted).stream().map(flag -> new Finding(flag.field(), flag.message())).toList();
    }

    @Override
    public void overridden(TaskDetails task, Map<String, Object> submitted, String reason) {
        List<VoiceFlag> flags = flags(task, submitted);
        if (!flags.isEmpty()) {
            voice.recordOverride(task.task().brandId(), "holding statement", task.task().businessKey(),
                    task.task().taskId(), flags, reason);
        }
    }

    private List<VoiceFlag> flags(TaskDetails task, Map<String, Object> submitted) {
        if (!DraftStatementPanel.SOP_KEY.equals(task.task().sopKey())
                || !DraftStatementPanel.DRAFT_TASK.equals(task.taskKey())) {
            return List.of();
        }
        Object statement = submitted.get(STATEMENT.name());
        return voice.check(task.task().brandId(),
                List.of(new VoiceText(STATEMENT.name(), statement == null ? "" : statement.toString())), false);
    }
}
