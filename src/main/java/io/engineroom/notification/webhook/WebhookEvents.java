package io.engineroom.notification.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.base.TeamEvent;
import io.engineroom.notification.NotificationSettings;
import io.engineroom.notification.outbox.NewDelivery;
import io.engineroom.notification.outbox.OutboxSettings;
import io.engineroom.notification.outbox.OutboxStore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns each team event into one webhook delivery per active subscription of its brand that chose its type (an
 * event shared by all brands, such as a shared SOP's change, goes to every brand's). Synchronous, in the
 * transaction of the event's cause: the deliveries exist exactly when the cause does (a transactional outbox), and
 * the calls are made later by the outbox worker, never here.
 *
 * <p>The body is fixed now, with the event's id: every attempt and every re-send carries the same bytes (signed
 * anew each time), so a receiver drops duplicates by {@code id}.
 */
@Component
class WebhookEvents {

    private final WebhookStore subscriptions;
    private final OutboxStore outbox;
    private final OutboxSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final NotificationSettings links;

    WebhookEvents(WebhookStore subscriptions, OutboxStore outbox, OutboxSettings settings, ObjectMapper json,
            Clock clock, NotificationSettings notificationSettings) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.links = notificationSettings;
    }

    @EventListener
    void on(TeamEvent event) {
        List<WebhookSubscription> subscribed = subscriptions.active(event.brandId()).stream()
                .filter(subscription -> subscription.eventTypes().contains(event.type())).toList();
        if (subscribed.isEmpty()) {
            return;
        }
        String eventId = UUID.randomUUID().toString();
        String body = envelope(eventId, event);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (WebhookSubscription subscription : subscribed) {
            outbox.enqueue(NewDelivery.webhook(subscription.id(), subscription.brandId(), event.type().wireName(),
                    eventId, body, now), settings.maxAttempts(), now);
        }
    }

    /** {"id", "type", "occurredAt", "brand", "summary", "link", "data"}: the OpenAPI document's webhook body. */
    String envelope(String eventId, TeamEvent event) {
        ObjectNode envelope = json.createObjectNode().put("id", eventId).put("type", event.type().wireName())
                .put("occurredAt", event.occurredAt().toString()).put("brand", event.brandId())
                .put("summary", event.summary())
                .put("link", event.link() == null ? null : links.link(event.link()));
        envelope.set("data", json.valueToTree(event.data()));
        try {
            return json.writeValueAsString(envelope);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("An event's envelope is plain JSON", e);
        }
    }
}
