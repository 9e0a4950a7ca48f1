package io.engineroom.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A post's figures on one channel as one source reported them on one day of the brand: running totals as of
 * {@code collectedAt}; null where the source does not offer the figure.
 */
record PostDayMetric(long contentItemId, long channelId, LocalDate day, String source, Long impressions,
        Long reach, Long engagements, Long likes, Long saves, Long shares, Long comments, Long clicks,
        Instant collectedAt) {
}
