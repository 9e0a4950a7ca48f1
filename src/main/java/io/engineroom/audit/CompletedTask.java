package io.engineroom.audit;

import java.time.Instant;

/** A task one person completed, with the decision and comment they entered in its form (null when it had none). */
public record CompletedTask(String taskId, String processInstanceId, String sopKey, String businessKey,
        String brandId, String taskName, Instant completed, String decision, String comment) {
}
