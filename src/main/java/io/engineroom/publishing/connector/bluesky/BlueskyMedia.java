package io.engineroom.publishing.connector.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.Media;
import io.engineroom.publishing.PublishOutcome;
import java.util.List;

/**
 * A post's images or video as a Bluesky embed: each file goes to the account's PDS with
 * {@code com.atproto.repo.uploadBlob} (the bytes as the body), and the blob references it answers go into the post
 * as {@code app.bsky.embed.images} (up to four, each with its alt text) or {@code app.bsky.embed.video} (one).
 * <p>
 * Video takes the "simple method" of Bluesky's video guide (https://docs.bsky.app/docs/tutorials/video): uploaded as
 * a blob like an image, processed by Bluesky's video service once the post appears. The "recommended method" (a
 * service token and {@code video.bsky.app}'s upload and job-status polling) shows the video processed at once, but
 * needs a second service and its own limits; the simple one keeps every call on the account's PDS. Its cost: a
 * video shows as processing for some seconds after posting, and the PDS's blob limit applies —
 * {@link #MAX_VIDEO_BYTES} (50 MB: the PDS's 52,428,800-byte upload cap,
 * https://docs.bsky.app/docs/advanced-guides/rate-limits,
 * and the video lexicon's 50,000,000 before Bluesky's own app moved to 100 MB through the video service).
 * Images: at most {@link #MAX_IMAGE_BYTES} each ({@code app.bsky.embed.images}). Blobs are not posts: an upload that
 * failed halfway leaves only blobs nothing refers to, which the PDS deletes itself.
 */
final class BlueskyMedia {

    static final long MAX_IMAGE_BYTES = 1_000_000;
    static final long MAX_VIDEO_BYTES = 50_000_000;
    static final int MAX_IMAGES = 4;

    /** Either the embed (null: none) or why there can be none, in which case nothing may be posted. */
    record Embed(ObjectNode embed, PublishOutcome.Failed failure) {
    }

    private final Xrpc xrpc;

    BlueskyMedia(Xrpc xrpc) {
        this.xrpc = xrpc;
    }

    /** Why Bluesky would not take these media, checked before anything is sent; null when it would. */
    static String refusal(List<Media> media) {
        long videos = media.stream().filter(Media::video).count();
        if (videos > 1 || (videos == 1 && media.size() > 1)) {
            return "Bluesky takes up to " + MAX_IMAGES + " images or one video per post, not both";
        }
        for (Media medium : media) {
            if (medium.video() && !"video/mp4".equals(medium.contentType())) {
                return "Bluesky takes video as MP4, not " + medium.contentType() + " (" + medium.fileName() + ")";
            }
            if (!medium.video() && !medium.contentType().startsWith("image/")) {
                return "Bluesky takes images and MP4 video, not " + medium.contentType() + " (" + medium.fileName()
                        + ")";
            }
            long limit = medium.video() ? MAX_VIDEO_BYTES : MAX_IMAGE_BYTES;
            if (medium.sizeBytes() > limit) {
                return medium.fileName() + " is " + medium.sizeBytes() + " bytes; Bluesky takes "
                        + (medium.video() ? "a video" : "an image") + " of at most " + limit + " bytes";
            }
        }
        return null;
    }

    Embed upload(ChannelConnection channel, List<Media> media) {
        if (media.isEmpty()) {
            return new Embed(null, null);
        }
        String refused = refusal(media);
        if (refused != null) {
            return new Embed(null, new PublishOutcome.Failed(refused + "; post not created"));
        }
        ObjectNode embed = xrpc.object();
        ArrayNode images = null;
        for (Media medium : media) {
            Xrpc.Answer upload = xrpc.upload(channel.baseUrl(), medium.bytes(), medium.contentType(),
                    channel.accessToken(), "Bluesky blob upload of " + medium.fileName());
            JsonNode blob = upload.ok() ? upload.body().path("blob") : null;
            if (blob == null || !blob.isObject()) {
                // whatever happened to the upload, no post exists yet: "not posted", even after a timeout
                String why = upload.ok() ? "the answer has no blob" : upload.problem();
                return new Embed(null, new PublishOutcome.Failed(why + "; post not created",
                        upload.tokenRefused()));
            }
            String alt = medium.altText() == null ? "" : medium.altText();
            if (medium.video()) {
                embed.put("$type", "app.bsky.embed.video").set("video", blob);
                if (!alt.isBlank()) {
                    embed.put("alt", alt);
                }
            } else {
                if (images == null) {
                    images = embed.put("$type", "app.bsky.embed.images").putArray("images");
                }
                // alt is required by the lexicon; empty says "no description"
                images.addObject().put("alt", alt).set("image", blob);
            }
        }
        return new Embed(embed, null);
    }
}
