package io.engineroom.notification.outbox;

import java.time.Instant;

/** One attempt of a delivery, as its log shows it. */
public record DeliveryAttempt(int attempt, Instant at, boolean succeeded, Integer status, String response,
        String error) {
}
