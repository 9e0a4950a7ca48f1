package io.engineroom.audit;

import java.time.Instant;

/** One update of a process variable: its value before (null when it was created) and after, when and where. */
public record VariableChange(String name, String oldValue, String newValue, Instant at, String activityName,
        String taskId) {
}
