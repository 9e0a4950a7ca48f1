package io.engineroom.assist;

import java.time.Instant;

/**
 * One recorded suggestion as auditors read it.
 *
 * @param businessKey   the record the task was about ({@code content:42}, {@code interaction:9f1c…})
 * @param output        what the model wrote; null when it gave nothing
 * @param submittedText what the person submitted in the field when they completed the task; null until then, or
 *                      when they submitted no such text (a response other than a reply)
 * @param editDistance  characters inserted, deleted or replaced between the output and the submitted text
 * @param completedAt   when the task was completed; null while it is open
 * @param removalTime   when the history cleanup may remove it (as the task's own history); null while the task's
 *                      process instance runs
 */
public record SuggestionEntry(long id, String brandId, SuggestionKind kind, String taskId, String businessKey,
        String model, String prompt, String output, SuggestionOutcome outcome, String requestedBy,
        Instant requestedAt, String submittedText, Integer editDistance, String completedBy, Instant completedAt,
        Instant removalTime) {
}
