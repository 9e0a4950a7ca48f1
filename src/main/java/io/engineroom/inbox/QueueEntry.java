package io.engineroom.inbox;

import java.time.Instant;

/**
 * One interaction waiting for a response: its open {@code Respond} task (due at the SLA target) and the interaction.
 *
 * @param assignee   who has claimed the task, or null while the queue may take it
 * @param remindedAt when the SLA reminder (75 % of the target used) named the task; null before that
 */
public record QueueEntry(String taskId, Instant due, String assignee, InteractionSummary interaction,
        Instant remindedAt) {

    /** An entry no reminder has named yet. */
    public QueueEntry(String taskId, Instant due, String assignee, InteractionSummary interaction) {
        this(taskId, due, assignee, interaction, null);
    }

    public boolean isReminded() {
        return remindedAt != null;
    }
}
