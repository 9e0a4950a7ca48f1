package io.engineroom.content;

import java.time.Instant;
import java.util.Set;

/** What a content item must achieve and where and when it goes out. */
public record ContentBrief(String title, String objective, String audience, String keyMessage, Long pillarId,
        String campaign, Instant publishAt, Set<Long> channelIds) {

    public static final Set<String> OBJECTIVES = Set.of("awareness", "engagement", "traffic", "leads");

    public ContentBrief {
        channelIds = channelIds == null ? Set.of() : Set.copyOf(channelIds);
    }
}
