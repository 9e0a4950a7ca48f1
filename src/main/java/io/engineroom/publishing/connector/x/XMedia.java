package io.engineroom.publishing.connector.x;

import com.fasterxml.jackson.databind.JsonNode;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.Media;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.connector.ConnectorHttp;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Uploads a post's media to X through the v2 media endpoints before the post is made. An image goes in one request
 * ({@code POST /2/media/upload}, multipart {@code media} with {@code media_category=tweet_image}); a GIF or a video
 * goes in chunks ({@code POST /2/media/upload/initialize}, {@code /{id}/append} per chunk, {@code /{id}/finalize}),
 * and when the finalize answer carries {@code processing_info} X is still processing it, so
 * {@code GET /2/media/upload?command=STATUS} is asked after each {@code check_after_secs} until it says
 * {@code succeeded} (a post with unprocessed media is refused). Alt text is set with {@code POST /2/media/metadata}.
 * Docs: https://docs.x.com/x-api/media/upload-media, .../initialize-media-upload, .../append-media-upload,
 * .../finalize-media-upload, .../get-media-upload-status, .../create-media-metadata.
 * <p>
 * Uploads are not posts: media that is never attached is never shown and expires, so every failure here is "not
 * posted", even a timeout.
 */
final class XMedia {

    /** X takes up to four images, or one GIF, or one video. */
    static final int MAX_IMAGES = 4;
    static final long MAX_IMAGE_BYTES = 5L * 1024 * 1024;
    static final long MAX_GIF_BYTES = 15L * 1024 * 1024;
    static final long MAX_VIDEO_BYTES = 512L * 1024 * 1024;
    /** Bytes per APPEND: X takes chunks of up to 5 MB; 4 MiB leaves room. */
    static final int CHUNK = 4 * 1024 * 1024;
    static final int MAX_ALT_TEXT = 1000;
    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/webp");
    private static final Set<String> VIDEOS = Set.of("video/mp4", "video/quicktime");

    /** Waits between STATUS checks; tests record the waits instead of sleeping. */
    interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    /** Either the media ids in the post's order, or why they cannot be had (then nothing may be posted). */
    record Uploaded(List<String> ids, PublishOutcome.Failed failure) {
    }

    private final XApi api;
    private final Pause pause;
    private final Duration maxProcessingWait;

    XMedia(XApi api, Pause pause, Duration maxProcessingWait) {
        this.api = api;
        this.pause = pause;
        this.maxProcessingWait = maxProcessingWait;
    }

    /** Why X would not take these media, before anything is sent; null when it would. */
    static String refusal(List<Media> media) {
        for (Media medium : media) {
            String type = medium.contentType().toLowerCase(Locale.ROOT);
            if (!IMAGES.contains(type) && !VIDEOS.contains(type) && !type.equals("image/gif")) {
                return "X does not take " + medium.fileName() + " (" + medium.contentType()
                        + "): JPEG, PNG, WebP, GIF, MP4 or MOV only";
            }
            long limit = type.equals("image/gif") ? MAX_GIF_BYTES : VIDEOS.contains(type) ? MAX_VIDEO_BYTES
                    : MAX_IMAGE_BYTES;
            if (medium.sizeBytes() > limit) {
                return "X takes " + type + " up to " + limit / (1024 * 1024) + " MB; " + medium.fileName() + " has "
                        + medium.sizeBytes() + " bytes";
            }
        }
        boolean single = media.stream().anyMatch(m -> chunked(m.contentType().toLowerCase(Locale.ROOT)));
        if (single && media.size() > 1) {
            return "X attaches one GIF or one video alone, not with other media";
        }
        if (media.size() > MAX_IMAGES) {
            return "X attaches at most " + MAX_IMAGES + " images";
        }
        return null;
    }

    Uploaded upload(ChannelConnection channel, List<Media> media) {
        String refused = refusal(media);
        if (refused != null) {
            return new Uploaded(List.of(), new PublishOutcome.Failed(refused + "; not posted"));
        }
        List<String> ids = new ArrayList<>();
        for (Media medium : media) {
            String type = medium.contentType().toLowerCase(Locale.ROOT);
            Step step = chunked(type) ? chunkedUpload(channel, medium, type) : simpleUpload(channel, medium, type);
            if (step.failure != null) {
                return new Uploaded(List.of(), step.failure);
            }
            if (medium.altText() != null && !medium.altText().isBlank()) {
                PublishOutcome.Failed problem = altText(channel, step.id, medium);
                if (problem != null) {
                    return new Uploaded(List.of(), problem);
                }
            }
            ids.add(step.id);
        }
        return new Uploaded(List.copyOf(ids), null);
    }

    private record Step(String id, PublishOutcome.Failed failure) {
        static Step failed(PublishOutcome.Failed failure) {
            return new Step(null, failure);
        }

        static Step failed(String reason) {
            return new Step(null, new PublishOutcome.Failed(reason));
        }
    }

    private static boolean chunked(String type) {
        return type.equals("image/gif") || VIDEOS.contains(type);
    }

    private Step simpleUpload(ChannelConnection channel, Media medium, String type) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("media_category", "tweet_image");
        fields.put("media_type", type);
        ConnectorHttp.Exchange answer = multipart(channel, "/2/media/upload", fields, medium, medium.bytes(),
                "X media upload of " + medium.fileName());
        return idOf(answer, medium);
    }

    private Step chunkedUpload(ChannelConnection channel, Media medium, String type) {
        Map<String, Object> init = new LinkedHashMap<>();
        init.put("media_type", type);
        init.put("total_bytes", medium.sizeBytes());
        init.put("media_category", type.equals("image/gif") ? "tweet_gif" : "tweet_video");
        ConnectorHttp.Exchange initialized = api.postJson(channel, "/2/media/upload/initialize", init,
                "X media upload of " + medium.fileName());
        Step started = idOf(initialized, medium);
        if (started.failure != null) {
            return started;
        }
        String id = started.id;
        byte[] bytes = medium.bytes();
        for (int segment = 0; segment * (long) CHUNK < bytes.length; segment++) {
            byte[] chunk = Arrays.copyOfRange(bytes, segment * CHUNK, Math.min(bytes.length, (segment + 1) * CHUNK));
            ConnectorHttp.Exchange appended = multipart(channel, "/2/media/upload/" + XApi.encode(id) + "/append",
                    Map.of("segment_index", String.valueOf(segment)), medium, chunk,
                    "X media upload of " + medium.fileName() + " (part " + (segment + 1) + ")");
            if (!appended.ok()) {
                return Step.failed(why(appended, "X media upload of " + medium.fileName()));
            }
        }
        ConnectorHttp.Exchange finalized = api.http().send(api.request(channel, "/2/media/upload/"
                + XApi.encode(id) + "/finalize").POST(HttpRequest.BodyPublishers.noBody()).build(),
                "X media upload of " + medium.fileName() + " (finalize)");
        if (!finalized.ok()) {
            return Step.failed(why(finalized, "X media upload of " + medium.fileName()));
        }
        return awaitProcessing(channel, id, api.body(finalized).path("data").path("processing_info"), medium);
    }

    /** The media id once X has processed it (or never needed to), else why it cannot be posted. */
    private Step awaitProcessing(ChannelConnection channel, String id, JsonNode processing, Media medium) {
        long waited = 0;
        while (!processing.isMissingNode() && !processing.isNull()) {
            String state = processing.path("state").asText("");
            if (state.equals("succeeded")) {
                return new Step(id, null);
            }
            if (state.equals("failed")) {
                JsonNode error = processing.path("error");
                return Step.failed("X could not process " + medium.fileName() + " (" + error.path("message")
                        .asText(error.path("name").asText("no reason given")) + "); not posted");
            }
            long seconds = Math.max(1, processing.path("check_after_secs").asLong(1));
            if (waited + seconds > maxProcessingWait.toSeconds()) {
                return Step.failed("X was still processing " + medium.fileName() + " after " + waited
                        + " s; not posted");
            }
            try {
                pause.pause(Duration.ofSeconds(seconds));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Step.failed("Interrupted while X processed " + medium.fileName() + "; not posted");
            }
            waited += seconds;
            ConnectorHttp.Exchange status = api.get(channel, "/2/media/upload?command=STATUS&media_id="
                    + XApi.encode(id), "X media status of " + medium.fileName());
            if (!status.ok()) {
                return Step.failed(why(status, "X media status of " + medium.fileName()));
            }
            processing = api.body(status).path("data").path("processing_info");
        }
        return new Step(id, null);
    }

    private PublishOutcome.Failed altText(ChannelConnection channel, String id, Media medium) {
        String text = medium.altText().strip();
        if (text.codePointCount(0, text.length()) > MAX_ALT_TEXT) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_ALT_TEXT));
        }
        Map<String, Object> body = Map.of("id", id, "metadata", Map.of("alt_text", Map.of("text", text)));
        ConnectorHttp.Exchange answer = api.postJson(channel, "/2/media/metadata", body,
                "X alt text of " + medium.fileName());
        return answer.ok() ? null : why(answer, "X alt text of " + medium.fileName());
    }

    private Step idOf(ConnectorHttp.Exchange answer, Media medium) {
        if (!answer.ok()) {
            return Step.failed(why(answer, "X media upload of " + medium.fileName()));
        }
        String id = api.body(answer).path("data").path("id").asText("");
        return id.isBlank() ? Step.failed("X media upload of " + medium.fileName()
                + " answered without a media id; not posted") : new Step(id, null);
    }

    /**
     * Why a media call failed, ending in "not posted": nothing was posted, whatever the call's outcome (a refused
     * token stays marked as such).
     */
    private PublishOutcome.Failed why(ConnectorHttp.Exchange exchange, String what) {
        PublishOutcome outcome = api.failure(exchange, what);
        return new PublishOutcome.Failed(XApi.reason(outcome).replace(", so it may or may not have been done", "")
                + "; not posted", outcome instanceof PublishOutcome.Failed failed && failed.tokenRefused());
    }

    private ConnectorHttp.Exchange multipart(ChannelConnection channel, String path, Map<String, String> fields,
            Media medium, byte[] bytes, String what) {
        String boundary = "engineroom-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"media\"; filename=\""
                + medium.fileName().replace("\"", "").replaceAll("[\r\n]", "") + "\"\r\nContent-Type: "
                + medium.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.http().send(api.request(channel, path).header("Content-Type", "multipart/form-data; boundary="
                + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(), what);
    }
}
