package io.engineroom.audit;

import java.time.Instant;

/** One entry of Camunda's user operation log: someone changed something by hand (claim, complete, set a variable). */
public record OperationEntry(Instant at, String userId, String operation, String entityType, String property,
        String oldValue, String newValue, String processInstanceId, String sopKey, String taskId) {
}
