package io.engineroom.publishing;

/**
 * A post's engagement as a channel reports it at one moment: running totals, not per-day increments. A figure is
 * null when the source does not offer it (Mastodon reports no impressions, reach, saves or clicks).
 *
 * @param source where the figures come from, e.g. {@code mastodon-api}
 */
public record EngagementCounts(String source, Long impressions, Long reach, Long engagements, Long likes,
        Long saves, Long shares, Long comments, Long clicks) {

    public EngagementCounts {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("Engagement figures need their source");
        }
    }
}
