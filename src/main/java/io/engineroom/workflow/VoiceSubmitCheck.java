package io.engineroom.workflow;

import io.engineroom.brand.VoiceCheck;
import io.engineroom.brand.VoiceFlag;
import io.engineroom.brand.VoiceText;
import java.util.List;
import java.util.Map;

/**
 * The brand's voice check on one kind of writing task (a copy, a reply, a holding statement): what each of them
 * differs in is which task it is and which fields it writes; checking, showing the flags and recording an override
 * with its reason are the same, here once.
 */
public abstract class VoiceSubmitCheck implements TaskSubmitCheck {

    private final VoiceCheck voice;
    private final String writing;

    /** @param writing what the override record calls this writing ("copy", "reply", "holding statement") */
    protected VoiceSubmitCheck(VoiceCheck voice, String writing) {
        this.voice = voice;
        this.writing = writing;
    }

    /** The submitted texts to check, each under its field; empty when the task is not this check's. */
    protected abstract List<VoiceText> texts(TaskDetails task, Map<String, Object> submitted);

    /** Whether the guide's disclosure must be in the texts (a paid promotion); none by default. */
    protected boolean disclosureRequired(TaskDetails task) {
        return false;
    }

    @Override
    public final List<Finding> check(TaskDetails task, Map<String, Object> submitted) {
        return flags(task, submitted).stream().map(flag -> new Finding(flag.field(), flag.message())).toList();
    }

    @Override
    public final void overridden(TaskDetails task, Map<String, Object> submitted, String reason) {
        List<VoiceFlag> flags = flags(task, submitted);
        if (!flags.isEmpty()) {
            voice.recordOverride(task.task().brandId(), writing, task.task().businessKey(), task.task().taskId(),
                    flags, reason);
        }
    }

    /** The submitted value of a field as a text to check; an empty field is an empty text. */
    protected static VoiceText text(Map<String, Object> submitted, String field) {
        Object value = submitted.get(field);
        return new VoiceText(field, value == null ? "" : value.toString());
    }

    private List<VoiceFlag> flags(TaskDetails task, Map<String, Object> submitted) {
        List<VoiceText> texts = texts(task, submitted);
        return texts.isEmpty() ? List.of() : voice.check(task.task().brandId(), texts, disclosureRequired(task));
    }
}
