package io.engineroom.content.ui;

import static io.engineroom.content.ContentApprovalVariables.CAPTION;
import static io.engineroom.content.ContentApprovalVariables.HASHTAGS;
import static io.engineroom.content.ContentApprovalVariables.PAID_PROMOTION;

import io.engineroom.brand.VoiceCheck;
import io.engineroom.brand.VoiceText;
import io.engineroom.content.ContentService;
import io.engineroom.workflow.TaskDetails;
import io.engineroom.workflow.VoiceSubmitCheck;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The brand's voice check on the copywriter's "Write copy" submit: the caption and its hashtags, with the guide's
 * disclosure required when the brief declares a paid promotion (the variable the SOP sets from the brief's history).
 */
@Component
class CopyVoiceCheck extends VoiceSubmitCheck {

    CopyVoiceCheck(VoiceCheck voice) {
        super(voice, "copy");
    }

    @Override
    protected List<VoiceText> texts(TaskDetails task, Map<String, Object> submitted) {
        if (!ContentService.SOP_KEY.equals(task.task().sopKey())
                || !ContentTaskPanel.EDITING_TASK.equals(task.taskKey())) {
            return List.of();
        }
        return List.of(text(submitted, CAPTION.name()), text(submitted, HASHTAGS.name()));
    }

    @Override
    protected boolean disclosureRequired(TaskDetails task) {
        return PAID_PROMOTION.fromIfTyped(task.variables()).orElse(false);
    }
}
