package io.engineroom.content;

import io.engineroom.base.TeamEvent;
import io.engineroom.base.TeamEventType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A content item passed every review of its approval chain: published in the step that marks it approved.
 *
 * @param publishAt when it is planned to go out; null when the item has no time (then the field is absent)
 */
public record ContentApproved(String brandId, long contentId, String title, Instant publishAt, Instant occurredAt)
        implements TeamEvent {

    @Override
    public TeamEventType type() {
        return TeamEventType.CONTENT_APPROVED;
    }

    @Override
    public String summary() {
        return "Content approved: " + title;
    }

    @Override
    public String link() {
        return "/calendar";
    }

    @Override
    public Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("contentId", contentId);
        data.put("title", title);
        if (publishAt != null) {
            data.put("publishAt", publishAt.toString());
        }
        return data;
    }
}
