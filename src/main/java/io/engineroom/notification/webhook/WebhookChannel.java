package io.engineroom.notification.webhook;

import io.engineroom.base.Secrets;
import io.engineroom.notification.outbox.DeliveryChannel;
import io.engineroom.notification.outbox.DeliveryResult;
import io.engineroom.notification.outbox.OutboundChannel;
import io.engineroom.notification.outbox.OutboundDelivery;
import io.engineroom.notification.outbox.OutboundPost;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The outbox's event webhooks: POSTs a delivery's JSON to its subscription, signed the way Engine Room checks the
 * deliveries it takes in ({@code X-EngineRoom-Timestamp} and {@code X-EngineRoom-Signature: sha256=<hex>}, the
 * HMAC-SHA256 of {@code "<timestamp>.<raw body>"} with the subscription's secret), so one receiver-side check
 * serves both directions. Each attempt is signed anew with the current time and secret: a receiver that refuses
 * old timestamps or used signatures still takes a retry. {@code X-EngineRoom-Event} names the type and
 * {@code X-EngineRoom-Delivery} the event's id, the same on every attempt and re-send.
 *
 * <p>Which answers are tried again and how the address is checked: {@link OutboundPost}.
 */
@Component
public class WebhookChannel implements OutboundChannel {

    public static final String TIMESTAMP_HEADER = "X-EngineRoom-Timestamp";
    public static final String SIGNATURE_HEADER = "X-EngineRoom-Signature";
    public static final String EVENT_HEADER = "X-EngineRoom-Event";
    public static final String DELIVERY_HEADER = "X-EngineRoom-Delivery";

    private final WebhookStore subscriptions;
    private final OutboundPost post;
    private final Clock clock;

    WebhookChannel(WebhookStore subscriptions, OutboundPost post, Clock clock) {
        this.subscriptions = subscriptions;
        this.post = post;
        this.clock = clock;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.WEBHOOK;
    }

    @Override
    public DeliveryResult deliver(OutboundDelivery delivery) {
        Optional<WebhookStore.Target> target = delivery.targetId() == null ? Optional.empty()
                : subscriptions.target(delivery.targetId());
        if (target.isEmpty()) {
            return DeliveryResult.refused("The subscription is deactivated", null, null);
        }
        URI uri;
        try {
            uri = URI.create(target.get().url());
        } catch (IllegalArgumentException e) {
            return DeliveryResult.refused("Not an address: " + target.get().url(), null, null);
        }
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        return post.post(uri, body, Map.of(TIMESTAMP_HEADER, timestamp,
                SIGNATURE_HEADER, "sha256=" + signature(target.get().secret(), timestamp, body),
                EVENT_HEADER, delivery.eventType(), DELIVERY_HEADER, delivery.eventId()));
    }

    /** The hex HMAC-SHA256 of {@code "<timestamp>.<body>"}: what {@code X-EngineRoom-Signature} carries. */
    static String signature(String secret, String timestamp, byte[] body) {
        return HexFormat.of().formatHex(Secrets.timestampedHmac(secret, timestamp, body));
    }

    /** The start of the answer, for the delivery log; the rest is not read into memory. */
}
