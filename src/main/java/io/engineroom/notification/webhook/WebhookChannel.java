package io.engineroom.notification.webhook;

import io.engineroom.base.OutboundAddresses;
import io.engineroom.notification.outbox.DeliveryChannel;
import io.engineroom.notification.outbox.DeliveryResult;
import io.engineroom.notification.outbox.OutboundChannel;
import io.engineroom.notification.outbox.OutboundDelivery;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The outbox's event webhooks: POSTs a delivery's JSON to its subscription, signed the way Engine Room checks the
 * deliveries it takes in ({@code X-EngineRoom-Timestamp} and {@code X-EngineRoom-Signature: sha256=<hex>}, the
 * HMAC-SHA256 of {@code "<timestamp>.<raw body>"} with the subscription's secret), so one receiver-side check
 * serves both directions. Each attempt is signed anew with the current time and secret: a receiver that refuses
 * old timestamps or used signatures still takes a retry. {@code X-EngineRoom-Event} names the type and
 * {@code X-EngineRoom-Delivery} the event's id, the same on every attempt and re-send.
 *
 * <p>2xx is delivered; 408, 429, 5xx, a timeout or no connection are tried again by the outbox with backoff; any
 * other answer is refused for good (the receiver will not take it however often it is sent). The address is
 * checked again before every call: its name may point somewhere else now. No redirects are followed.
 */
@Component
class WebhookChannel implements OutboundChannel {

    static final String TIMESTAMP_HEADER = "X-EngineRoom-Timestamp";
    static final String SIGNATURE_HEADER = "X-EngineRoom-Signature";
    static final String EVENT_HEADER = "X-EngineRoom-Event";
    static final String DELIVERY_HEADER = "X-EngineRoom-Delivery";
    /** How much of an answer the delivery log keeps (the outbox cuts it further). */
    private static final int RESPONSE_BYTES = 2000;

    private final WebhookStore subscriptions;
    private final OutboundAddresses addresses;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookChannel(WebhookStore subscriptions, OutboundAddresses addresses, Clock clock) {
        this.subscriptions = subscriptions;
        this.addresses = addresses;
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
        Optional<String> refusal = addresses.refusal(uri);
        if (refusal.isPresent()) {
            return DeliveryResult.refused(refusal.get(), null, null);
        }
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("User-Agent", "EngineRoom")
                .header(TIMESTAMP_HEADER, timestamp)
                .header(SIGNATURE_HEADER, "sha256=" + signature(target.get().secret(), timestamp, body))
                .header(EVENT_HEADER, delivery.eventType()).header(DELIVERY_HEADER, delivery.eventId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String answer = start(response.body());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return DeliveryResult.delivered(status, answer);
            }
            String problem = "Answered HTTP " + status;
            return status == 408 || status == 429 || status >= 500 ? DeliveryResult.retry(problem, status, answer)
                    : DeliveryResult.refused(problem, status, answer);
        } catch (HttpTimeoutException e) {
            return DeliveryResult.retry("No answer within the time limit: " + e.getMessage(), null, null);
        } catch (IOException e) {
            return DeliveryResult.retry("Could not connect: " + e, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.retry("Interrupted while sending", null, null);
        }
    }

    /** The hex HMAC-SHA256 of {@code "<timestamp>.<body>"}: what {@code X-EngineRoom-Signature} carries. */
    static String signature(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    /** The start of the answer, for the delivery log; the rest is not read into memory. */
    private static String start(InputStream body) throws IOException {
        try (body) {
            return new String(body.readNBytes(RESPONSE_BYTES), StandardCharsets.UTF_8);
        }
    }
}
