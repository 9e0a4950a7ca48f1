package io.engineroom.notification.webhook;

import io.engineroom.base.TeamEventType;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/** A brand's subscription to team events, as the screen shows it: never its secret. */
public record WebhookSubscription(long id, String brandId, String url, Set<TeamEventType> eventTypes,
        boolean active, String createdBy, Instant createdAt, Instant secretRotatedAt) {

    public WebhookSubscription {
        eventTypes = Set.copyOf(eventTypes);
    }

    /** The event types' wire names in the catalogue's order, comma-separated. */
    public String eventNames() {
        return eventTypes.stream().sorted().map(TeamEventType::wireName).collect(Collectors.joining(", "));
    }
}
