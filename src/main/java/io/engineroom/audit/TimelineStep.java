package io.engineroom.audit;

import java.time.Duration;
import java.time.Instant;

/**
 * One step an instance went through: an activity, event or gateway, with who worked it (user tasks), how long it
 * waited (start to end, or to now while open) and, for a task, the decision and comment its form recorded.
 */
public record TimelineStep(String activityId, String name, String type, String assignee, Instant started,
        Instant ended, Duration waited, String decision, String comment) {
}
