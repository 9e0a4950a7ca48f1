package io.engineroom.brand;

import java.time.Instant;

/**
 * A channel's platform refused its token or the token's refresh (revoked, expired for good, access withdrawn):
 * nothing is posted to or read from the channel until a social manager of the brand connects it again.
 */
public record ChannelTokenRefused(String brandId, long channelId, String channelLabel, String problem,
        Instant refusedAt) {
}
