package io.engineroom.workflow;

import java.time.Duration;
import java.time.Instant;

/**
 * One line of a person's task inbox.
 *
 * @param remindedAt when an SOP's reminder last named this task (a badge in the inbox); null when never
 */
public record InboxEntry(String taskId, String taskName, String title, String brandId, String sopKey,
        String sopName, Instant created, Instant due, int priority, String assignee, String businessKey,
        Instant remindedAt) {

    /** A task no reminder has named. */
    public InboxEntry(String taskId, String taskName, String title, String brandId, String sopKey, String sopName,
            Instant created, Instant due, int priority, String assignee, String businessKey) {
        this(taskId, taskName, title, brandId, sopKey, sopName, created, due, priority, assignee, businessKey, null);
    }

    public boolean isReminded() {
        return remindedAt != null;
    }

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }

    /** Time left until due (negative once overdue), or null without a due date. */
    public Duration timeLeft(Instant now) {
        return due == null ? null : Duration.between(now, due);
    }
}
