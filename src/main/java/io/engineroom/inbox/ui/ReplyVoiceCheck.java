package io.engineroom.inbox.ui;

import static io.engineroom.inbox.InteractionHandlingVariables.ACTION;
import static io.engineroom.inbox.InteractionHandlingVariables.REPLY_TEXT;

import io.engineroom.brand.VoiceCheck;
import io.engineroom.brand.VoiceText;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionQueue;
import io.engineroom.workflow.TaskDetails;
import io.engineroom.workflow.VoiceSubmitCheck;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The brand's voice check on a reply submitted from the Respond task's page (the Inbox's reply box runs the same
 * check through {@link ThreadPanel}). Only a reply is checked: moderating or handing off writes nothing public. A
 * reply is no promotion, so no disclosure is asked for.
 */
@Component
class ReplyVoiceCheck extends VoiceSubmitCheck {

    ReplyVoiceCheck(VoiceCheck voice) {
        super(voice, "reply");
    }

    @Override
    protected List<VoiceText> texts(TaskDetails task, Map<String, Object> submitted) {
        if (!InteractionIntake.SOP_KEY.equals(task.task().sopKey())
                || !InteractionQueue.RESPOND_TASK.equals(task.taskKey())
                || !"reply".equals(submitted.get(ACTION.name()))) {
            return List.of();
        }
        return List.of(text(submitted, REPLY_TEXT.name()));
    }
}
