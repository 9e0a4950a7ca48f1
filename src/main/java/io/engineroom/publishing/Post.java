package io.engineroom.publishing;

import io.engineroom.brand.ChannelConnection;
import java.util.List;

/**
 * One post to one channel, as a connector sends it. The idempotency key names what is being published
 * ({@code content:42:channel:7}) so the same post is never sent twice under different keys.
 *
 * @param media the images or video to attach, in order; empty (or null) for text only
 */
public record Post(ChannelConnection channel, String text, List<Media> media, String idempotencyKey) {

    /** Mastodon attaches at most four; no platform we post to takes more. */
    public static final int MAX_MEDIA = 4;

    public Post {
        if (channel == null || text == null || idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("A post needs a channel, a text and an idempotency key");
        }
        media = media == null ? List.of() : List.copyOf(media);
        if (media.size() > MAX_MEDIA) {
            throw new IllegalArgumentException("A post carries at most " + MAX_MEDIA + " media, not " + media.size());
        }
    }

    public static String keyFor(long contentItemId, long channelId) {
        return "content:" + contentItemId + ":channel:" + channelId;
    }

    /** The key of one market's translation of a content item on one channel: a post of its own. */
    public static String keyFor(long contentItemId, long channelId, String marketCode) {
        return keyFor(contentItemId, channelId) + ":market:" + marketCode;
    }
}
