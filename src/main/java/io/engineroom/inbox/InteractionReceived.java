package io.engineroom.inbox;

import io.engineroom.base.TeamEvent;
import io.engineroom.base.TeamEventType;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * One interaction was stored for a brand: published in the intake's transaction, once per new interaction (a
 * duplicate delivery publishes nothing), for the integrations that want to hear of each.
 */
public record InteractionReceived(String brandId, String interactionId, long channelId, Sentiment sentiment,
        Category category, Instant receivedAt, String author, String channelLabel) implements TeamEvent {

    @Override
    public TeamEventType type() {
        return TeamEventType.INTERACTION_RECEIVED;
    }

    @Override
    public Instant occurredAt() {
        return receivedAt;
    }

    @Override
    public String summary() {
        return "New " + name(sentiment) + " " + name(category) + " from " + author + " on " + channelLabel;
    }

    @Override
    public String link() {
        return "/inbox";
    }

    @Override
    public Map<String, Object> data() {
        return Map.of("interactionId", interactionId, "channelId", channelId, "sentiment", name(sentiment),
                "category", name(category), "receivedAt", receivedAt.toString());
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
