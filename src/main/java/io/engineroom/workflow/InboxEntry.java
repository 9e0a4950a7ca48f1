package io.engineroom.workflow;

import java.time.Duration;
import java.time.Instant;

/** One line of a person's task inbox. */
public record InboxEntry(String taskId, String taskName, String title, String brandId, String sopKey,
        String sopName, Instant created, Instant due, int priority, String assignee, String businessKey) {

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }

    /** Time left until due (negative once overdue), or null without a due date. */
    public Duration timeLeft(Instant now) {
        return due == null ? null : Duration.between(now, due);
    }
}
