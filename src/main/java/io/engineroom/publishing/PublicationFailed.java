package io.engineroom.publishing;

import io.engineroom.base.TeamEvent;
import io.engineroom.base.TeamEventType;
import java.time.Instant;
import java.util.Map;

/**
 * A content item was not published on a channel, or nobody knows whether it was (a timeout, a 5xx): published
 * where the attempt's outcome is recorded, in that transaction. A person is asked to verify it in the SOP.
 */
public record PublicationFailed(String brandId, long contentId, long channelId, String channelLabel, String reason,
        Instant occurredAt) implements TeamEvent {

    @Override
    public TeamEventType type() {
        return TeamEventType.PUBLICATION_FAILED;
    }

    @Override
    public String summary() {
        return "Publication failed on " + channelLabel + ": " + reason;
    }

    @Override
    public String link() {
        return "/calendar";
    }

    @Override
    public Map<String, Object> data() {
        return Map.of("contentId", contentId, "channelId", channelId, "reason", reason);
    }
}
