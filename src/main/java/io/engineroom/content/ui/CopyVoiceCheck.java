package io.engineroom.content.ui;

import static io.engineroom.content.ContentApprovalVariables.CAPTION;
import static io.engineroom.content.ContentApprovalVariables.HASHTAGS;
import static io.engineroom.content.ContentApprovalVariables.PAID_PROMOTION;

import io.engineroom.brand.VoiceCheck;
import io.engineroom.brand.VoiceFlag;
import io.engineroom.brand.VoiceText;
import io.engineroom.content.ContentService;
import io.engineroom.workflow.TaskDetails;
import io.engineroom.workflow.TaskSubmitCheck;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The brand's voice check on the copywriter's "Write copy" submit: the caption and its hashtags, with the guide's
 * disclosure required when the brief declares a paid promotion (the variable the SOP sets from the brief's history).
 */
@Component
class CopyVoiceCheck implements TaskSubmitCheck {

    private final VoiceCheck voice;

    CopyVoiceCheck(VoiceCheck voice) {
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
            voice.recordOverride(task.task().brandId(), "copy", task.task().businessKey(), task.task().taskId(),
                    flags, reason);
        }
    }

    private List<VoiceFlag> flags(TaskDetails task, Map<String, Object> submitted) {
        if (!ContentService.SOP_KEY.equals(task.task().sopKey())
                || !ContentTaskPanel.EDITING_TASK.equals(task.taskKey())) {
            return List.of();
        }
        boolean paid = PAID_PROMOTION.fromIfTyped(task.variables()).orElse(false);
        return voice.check(task.task().brandId(), List.of(text(submitted, CAPTION.name()),
                text(submitted, HASHTAGS.name())), paid);
    }

    private static VoiceText text(Map<String, Object> submitted, String field) {
        Object value = submitted.get(field);
        return new VoiceText(field, value == null ? "" : value.toString());
    }
}
