package io.engineroom.audit.history;

import java.util.List;

/**
 * Which process variables carry a task's decision and its comment. The SOPs' forms ({@code forms/*.form}) set them
 * when a task is completed ({@code TaskInbox.complete} passes the submitted fields as process variables, so the
 * history records them as updates made in the task's activity instance): a review's {@code reviewDecision} and
 * {@code reviewComment}, a report approval's {@code reportDecision}, a statement sign-off's {@code signOff} and
 * {@code signOffComment}, a reply check's {@code replyOutcome}, a chase's {@code chaseNote}; {@code decision},
 * {@code approved} and {@code comment} for models that use the plain names. A new form with a new decision field
 * adds its key here.
 */
public final class FormAnswers {

    public static final List<String> DECISIONS = List.of("reviewDecision", "reportDecision", "signOff",
            "replyOutcome", "decision", "approved");
    public static final List<String> COMMENTS = List.of("reviewComment", "signOffComment", "chaseNote", "comment");

    private FormAnswers() {
    }

    public static boolean isDecision(String variableName) {
        return DECISIONS.contains(variableName);
    }

    public static boolean isComment(String variableName) {
        return COMMENTS.contains(variableName);
    }
}
