package io.engineroom.notification.chat;

import io.engineroom.base.OutboundAddresses;
import io.engineroom.notification.outbox.DeliveryChannel;
import io.engineroom.notification.outbox.DeliveryResult;
import io.engineroom.notification.outbox.OutboundChannel;
import io.engineroom.notification.outbox.OutboundDelivery;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The outbox's team chat: posts a delivery's JSON to its chat target's incoming webhook, once per attempt (the
 * outbox retries). A 2xx answer is sent; 429 (slowed down), 5xx and timeouts are tried again later; any other
 * answer means the chat refuses this message or no longer has the webhook, which no retry mends. A deactivated or
 * deleted target, or an address the outbound check refuses now, gets nothing. Redirects are not followed: the
 * address that was checked is the one called.
 */
@Component
class ChatChannel implements OutboundChannel {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final ChatTargetStore targets;
    private final OutboundAddresses addresses;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    ChatChannel(ChatTargetStore targets, OutboundAddresses addresses) {
        this.targets = targets;
        this.addresses = addresses;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.CHAT;
    }

    @Override
    public DeliveryResult deliver(OutboundDelivery delivery) {
        Optional<StoredTarget> found = delivery.targetId() == null ? Optional.empty()
                : targets.find(delivery.targetId());
        if (found.isEmpty()) {
            return DeliveryResult.refused("The chat target is gone", null, null);
        }
        StoredTarget target = found.get();
        if (!target.active()) {
            return DeliveryResult.refused("\"" + target.name() + "\" was deactivated", null, null);
        }
        URI uri = URI.create(target.webhookUrl());
        Optional<String> refusal = addresses.refusal(uri);
        if (refusal.isPresent()) {
            return DeliveryResult.refused(refusal.get(), null, null);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").header("User-Agent", "EngineRoom")
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return DeliveryResult.retry("No answer from " + uri.getHost() + " within the timeout", null, null);
        } catch (IOException e) {
            return DeliveryResult.retry("Could not reach " + uri.getHost() + ": " + e, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.retry("Interrupted while posting to " + uri.getHost(), null, null);
        }
        int status = response.statusCode();
        String body = response.body();
        if (status >= 200 && status < 300) {
            return DeliveryResult.delivered(status, body);
        }
        if (status == 429 || status >= 500) {
            return DeliveryResult.retry(uri.getHost() + " answered " + status, status, body);
        }
        return DeliveryResult.refused(uri.getHost() + " refused the message (" + status + ")", status, body);
    }
}
