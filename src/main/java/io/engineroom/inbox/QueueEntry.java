package io.engineroom.inbox;

import java.time.Instant;

/**
 * One interaction waiting for a response: its open {@code Respond} task (due at the SLA target) and the interaction.
 *
 * @param assignee who has claimed the task, or null while the queue may take it
 */
public record QueueEntry(String taskId, Instant due, String assignee, InteractionSummary interaction) {
}
