package io.engineroom.publishing;

import io.engineroom.base.TeamEvent;
import io.engineroom.base.TeamEventType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A content item went out on one channel: published where the attempt's outcome is recorded (the channel said so,
 * or a person found it posted), in that transaction.
 *
 * @param url where it can be seen; null when the platform did not say (then the field is absent)
 */
public record ContentPublished(String brandId, long contentId, long channelId, String channelLabel, String url,
        Instant occurredAt) implements TeamEvent {

    @Override
    public TeamEventType type() {
        return TeamEventType.CONTENT_PUBLISHED;
    }

    @Override
    public String summary() {
        return "Published on " + channelLabel + (url == null ? "" : ": " + url);
    }

    @Override
    public String link() {
        return "/calendar";
    }

    @Override
    public Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("contentId", contentId);
        data.put("channelId", channelId);
        if (url != null) {
            data.put("url", url);
        }
        return data;
    }
}
