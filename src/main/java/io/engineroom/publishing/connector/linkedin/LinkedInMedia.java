package io.engineroom.publishing.connector.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.publishing.Media;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.connector.ConnectorHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Uploads a post's images or video to LinkedIn before the post: an image is registered
 * ({@code POST /rest/images?action=initializeUpload}) and its bytes PUT to the upload address LinkedIn answers with;
 * a video is registered with its size ({@code POST /rest/videos?action=initializeUpload}), its parts PUT to the
 * addresses LinkedIn gives (each answers an ETag), the upload finalised with those ETags
 * ({@code action=finalizeUpload}), and the video read ({@code GET /rest/videos/{urn}}) until LinkedIn says
 * {@code AVAILABLE}, for a bounded time. Uploads are not posts: whatever happens here, nothing was posted
 * (<a href="https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/images-api">Images
 * API</a>, <a href="https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/videos-api">
 * Videos API</a>).
 */
final class LinkedInMedia {

    /** The image formats the Images API takes (JPG, PNG, GIF). */
    static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/jpg", "image/png", "image/gif");
    /** The video format the Videos API takes for posts (MP4). */
    static final Set<String> VIDEO_TYPES = Set.of("video/mp4");

    /** The post's {@code content}, or why there is none (then no post may be sent). */
    record Uploaded(ObjectNode content, PublishOutcome.Failed failure) {
    }

    private final LinkedInApi api;
    private final Duration pollInterval;
    private final Duration maxProcessingWait;

    LinkedInMedia(LinkedInApi api, Duration pollInterval, Duration maxProcessingWait) {
        this.api = api;
        this.pollInterval = pollInterval;
        this.maxProcessingWait = maxProcessingWait;
    }

    /** Why LinkedIn would not take these media, before anything is sent; null when it would. */
    static String refusal(List<Media> media) {
        for (Media medium : media) {
            String type = medium.contentType().toLowerCase(Locale.ROOT);
            if (!IMAGE_TYPES.contains(type) && !VIDEO_TYPES.contains(type)) {
                return "LinkedIn does not take " + medium.contentType() + " (" + medium.fileName()
                        + "): images must be JPG, PNG or GIF, a video MP4";
            }
        }
        if (media.size() > 1 && media.stream().anyMatch(Media::video)) {
            return "A LinkedIn post carries several images or one video, not both";
        }
        return null;
    }

    Uploaded upload(Post post) {
        List<Media> media = post.media();
        String refused = refusal(media);
        if (refused != null) {
            return failed(refused + "; nothing was sent");
        }
        if (media.isEmpty()) {
            return new Uploaded(null, null);
        }
        List<String> urns = new ArrayList<>();
        for (Media medium : media) {
            String urn;
            try {
                urn = medium.video() ? video(post, medium) : image(post, medium);
            } catch (UploadFailed e) {
                return new Uploaded(null, new PublishOutcome.Failed("LinkedIn upload of " + medium.fileName()
                        + " failed, post not sent: " + e.getMessage(), e.tokenRefused));
            }
            urns.add(urn);
        }
        ObjectNode content = api.object();
        if (urns.size() == 1) {
            ObjectNode single = content.putObject("media").put("id", urns.get(0));
            altText(single, media.get(0));
        } else {
            ArrayNode images = content.putObject("multiImage").putArray("images");
            for (int i = 0; i < urns.size(); i++) {
                altText(images.addObject().put("id", urns.get(i)), media.get(i));
            }
        }
        return new Uploaded(content, null);
    }

    private static void altText(ObjectNode node, Media medium) {
        if (!medium.video() && medium.altText() != null && !medium.altText().isBlank()) {
            node.put("altText", medium.altText());
        }
    }

    private String image(Post post, Media medium) {
        String base = LinkedInApi.base(post.channel());
        ObjectNode body = api.object();
        body.putObject("initializeUploadRequest").put("owner", post.channel().accountId());
        ConnectorHttp.Exchange init = api.postJson(base, "/rest/images?action=initializeUpload",
                post.channel().accessToken(), body, "LinkedIn image registration");
        JsonNode value = answered(init).path("value");
        String uploadUrl = LinkedInApi.text(value, "uploadUrl");
        String image = LinkedInApi.text(value, "image");
        if (uploadUrl == null || image == null) {
            throw new UploadFailed("LinkedIn registered the image without an upload address", false);
        }
        ok(put(post, uploadUrl, medium.bytes(), medium.contentType(), "LinkedIn image upload"));
        return image;
    }

    private String video(Post post, Media medium) {
        String base = LinkedInApi.base(post.channel());
        ObjectNode body = api.object();
        body.putObject("initializeUploadRequest").put("owner", post.channel().accountId())
                .put("fileSizeBytes", medium.sizeBytes()).put("uploadCaptions", false).put("uploadThumbnail", false);
        ConnectorHttp.Exchange init = api.postJson(base, "/rest/videos?action=initializeUpload",
                post.channel().accessToken(), body, "LinkedIn video registration");
        JsonNode value = answered(init).path("value");
        String video = LinkedInApi.text(value, "video");
        JsonNode instructions = value.path("uploadInstructions");
        if (video == null || !instructions.isArray() || instructions.isEmpty()) {
            throw new UploadFailed("LinkedIn registered the video without upload instructions", false);
        }
        List<String> etags = new ArrayList<>();
        for (JsonNode part : instructions) {
            long first = part.path("firstByte").asLong(0);
            long last = part.path("lastByte").asLong(medium.sizeBytes() - 1);
            String url = LinkedInApi.text(part, "uploadUrl");
            if (url == null || first < 0 || last >= medium.sizeBytes() || last < first) {
                throw new UploadFailed("LinkedIn's upload instructions do not fit the video's "
                        + medium.sizeBytes() + " bytes", false);
            }
            byte[] bytes = Arrays.copyOfRange(medium.bytes(), (int) first, (int) last + 1);
            ConnectorHttp.Exchange sent = ok(put(post, url, bytes, "application/octet-stream",
                    "LinkedIn video part upload"));
            String etag = sent.response().headers().firstValue("ETag").orElse(null);
            if (etag == null) {
                throw new UploadFailed("LinkedIn took a video part without an ETag", false);
            }
            etags.add(etag);
        }
        ObjectNode finalize = api.object();
        ObjectNode request = finalize.putObject("finalizeUploadRequest").put("video", video)
                .put("uploadToken", value.path("uploadToken").asText(""));
        etags.forEach(request.putArray("uploadedPartIds")::add);
        ok(api.postJson(base, "/rest/videos?action=finalizeUpload", post.channel().accessToken(), finalize,
                "LinkedIn video finalisation"));
        awaitAvailable(post, video);
        return video;
    }

    /** Waits until LinkedIn has processed the video: a post may only carry an AVAILABLE one. */
    private void awaitAvailable(Post post, String video) {
        long deadline = System.nanoTime() + maxProcessingWait.toNanos();
        while (true) {
            ConnectorHttp.Exchange check = api.get(LinkedInApi.base(post.channel()), "/rest/videos/"
                    + LinkedInApi.encode(video), post.channel().accessToken(), "LinkedIn video status");
            String status = LinkedInApi.text(answered(check), "status");
            if ("AVAILABLE".equals(status)) {
                return;
            }
            if ("PROCESSING_FAILED".equals(status)) {
                throw new UploadFailed("LinkedIn could not process the video", false);
            }
            if (System.nanoTime() + pollInterval.toNanos() > deadline) {
                throw new UploadFailed("LinkedIn is still processing the video after "
                        + maxProcessingWait.toSeconds() + " s (status " + status + ")", false);
            }
            try {
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UploadFailed("interrupted while waiting for LinkedIn to process the video", false);
            }
        }
    }

    private ConnectorHttp.Exchange put(Post post, String url, byte[] bytes, String contentType, String what) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new UploadFailed("LinkedIn gave an unusable upload address", false);
        }
        // LinkedIn's upload samples send the member's token with the bytes
        return api.http().send(api.http().request(uri).header("Authorization", "Bearer "
                + post.channel().accessToken()).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), what);
    }

    private JsonNode answered(ConnectorHttp.Exchange exchange) {
        return api.body(ok(exchange));
    }

    private ConnectorHttp.Exchange ok(ConnectorHttp.Exchange exchange) {
        if (!exchange.ok()) {
            throw new UploadFailed(api.why(exchange), exchange.answered() && exchange.status() == 401);
        }
        return exchange;
    }

    private static Uploaded failed(String reason) {
        return new Uploaded(null, new PublishOutcome.Failed(reason));
    }

    /** One step of an upload did not work; nothing was posted. */
    private static final class UploadFailed extends RuntimeException {

        private final boolean tokenRefused;

        UploadFailed(String message, boolean tokenRefused) {
            super(message, null, false, false);
            this.tokenRefused = tokenRefused;
        }
    }
}
