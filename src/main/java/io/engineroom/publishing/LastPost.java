package io.engineroom.publishing;

import java.time.Instant;

/** The newest post Engine Room made (or a person confirmed) on a channel. */
record LastPost(long channelId, Instant at, String url, long contentItemId) {
}
