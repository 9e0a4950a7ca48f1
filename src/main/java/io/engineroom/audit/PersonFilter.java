package io.engineroom.audit;

import java.time.Instant;

/**
 * What one person did: tasks they completed and their operation log entries between {@code from} (inclusive) and
 * {@code to} (exclusive), optionally of one SOP and (tasks) with one decision, such as {@code approve}.
 */
public record PersonFilter(String userId, Instant from, Instant to, String sopKey, String decision) {
}
