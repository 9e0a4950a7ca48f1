package io.engineroom.notification.outbox;

import java.time.Instant;

/**
 * One way out of Engine Room for the outbox's deliveries: e-mail, team chat, event webhooks. The worker calls
 * {@link #deliver} outside any transaction and records what it answers; a channel never retries by itself.
 */
public interface OutboundChannel {

    /** The channel's name in {@code outbound_delivery.channel}. */
    DeliveryChannel channel();

    /** Sends the delivery once. Throwing counts as a failure that may be retried. */
    DeliveryResult deliver(OutboundDelivery delivery);

    /** In the transaction that records the delivery as sent: say so where people look. */
    default void onSent(OutboundDelivery delivery, Instant at) {
    }

    /** In the transaction that records a failed attempt; {@code dead} when no more attempts follow. */
    default void onFailed(OutboundDelivery delivery, String problem, boolean dead) {
    }
}
