package io.engineroom.inbox.ui;

import static io.engineroom.inbox.InteractionHandlingVariables.ACTION;
import static io.engineroom.inbox.InteractionHandlingVariables.REPLY_TEXT;

import io.engineroom.brand.VoiceCheck;
import io.engineroom.brand.VoiceFlag;
import io.engineroom.brand.VoiceText;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionQueue;
import io.engineroom.workflow.TaskDetails;
import io.engineroom.workflow.TaskSubmitCheck;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The brand's voice check on a reply submitted from the Respond task's page (the Inbox's reply box runs the same
 * check through {@link ThreadPanel}). Only a reply is checked: moderating or handing off writes nothing public. A
 * reply is no promotion, so no disclosure is asked for.
 */
@Component
class ReplyVoiceCheck implements TaskSubmitCheck {

    private final VoiceCheck voice;

    ReplyVoiceCheck(VoiceCheck voice) {
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
            voice.recordOverride(task.task().brandId(), "reply", task.task().businessKey(), task.task().taskId(),
                    flags, reason);
        }
    }

    private List<VoiceFlag> flags(TaskDetails task, Map<String, Object> submitted) {
        if (!InteractionIntake.SOP_KEY.equals(task.task().sopKey())
                || !InteractionQueue.RESPOND_TASK.equals(task.taskKey())
                || !"reply".equals(submitted.get(ACTION.name()))) {
            return List.of();
        }
        Object reply = submitted.get(REPLY_TEXT.name());
        return voice.check(task.task().brandId(),
                List.of(new VoiceText(REPLY_TEXT.name(), reply == null ? "" : reply.toString())), false);
    }
}
