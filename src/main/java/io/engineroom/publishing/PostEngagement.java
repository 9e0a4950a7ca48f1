package io.engineroom.publishing;

import java.util.Optional;

/**
 * What one posted channel of a content item reported about its post's engagement: the figures, or, when there
 * are none, why not (no API on that channel, the call failed, no remote id known).
 */
public record PostEngagement(long contentItemId, long channelId, String brandId, Optional<EngagementCounts> counts,
        String note) {
}
