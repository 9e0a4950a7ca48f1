package io.engineroom.assist;

/** What a suggestion is for: the task it is offered on and the form field it fills. */
public enum SuggestionKind {

    CAPTION("content-approval", "WriteCopy", "caption", "Draft caption"),
    REPLY("interaction", "Respond", "replyText", "Suggest reply");

    private final String sopKey;
    private final String taskKey;
    private final String fieldKey;
    private final String action;

    SuggestionKind(String sopKey, String taskKey, String fieldKey, String action) {
        this.sopKey = sopKey;
        this.taskKey = taskKey;
        this.fieldKey = fieldKey;
        this.action = action;
    }

    public String sopKey() {
        return sopKey;
    }

    public String taskKey() {
        return taskKey;
    }

    /** The form field the suggestion fills and whose submitted value is compared with it. */
    public String fieldKey() {
        return fieldKey;
    }

    /** The button's words. */
    public String action() {
        return action;
    }

    /** The kind offered on this SOP's task beside this field, if any. */
    public static java.util.Optional<SuggestionKind> of(String sopKey, String taskKey, String fieldKey) {
        for (SuggestionKind kind : values()) {
            if (kind.sopKey.equals(sopKey) && kind.taskKey.equals(taskKey) && kind.fieldKey.equals(fieldKey)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
