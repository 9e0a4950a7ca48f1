package io.engineroom.notification.outbox;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its next attempt (the first one, or a retry after backoff). */
    PENDING,
    /** Delivered. */
    SENT,
    /** Given up: its attempts are used up, or its target refused it for good. Can be sent again by hand. */
    DEAD
}
