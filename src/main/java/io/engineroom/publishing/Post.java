package io.engineroom.publishing;

import io.engineroom.brand.ChannelConnection;

/**
 * One post to one channel, as a connector sends it. The idempotency key names what is being published
 * ({@code content:42:channel:7}) so the same post is never sent twice under different keys.
 *
 * @param media may be null: text only
 */
public record Post(ChannelConnection channel, String text, Media media, String idempotencyKey) {

    public Post {
        if (channel == null || text == null || idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("A post needs a channel, a text and an idempotency key");
        }
    }

    public static String keyFor(long contentItemId, long channelId) {
        return "content:" + contentItemId + ":channel:" + channelId;
    }
}
