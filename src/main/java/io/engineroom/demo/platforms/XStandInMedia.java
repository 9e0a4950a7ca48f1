package io.engineroom.demo.platforms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * X's v2 media endpoints on the demo's X stand-in, so the real X connector uploads a post's images, GIF or video
 * as it would to X before posting (https://docs.x.com/x-api/media/upload-media, .../initialize-media-upload,
 * .../append-media-upload, .../finalize-media-upload, .../get-media-upload-status, .../create-media-metadata).
 * The bytes are counted, not kept; a video is processed at once (finalize says {@code succeeded}), so a demo post
 * waits for nothing. {@link XStandIn} attaches only media uploaded and finalized here, as X does.
 */
@RestController
@RequestMapping(DemoPlatformsSecurity.PATH + "/x/2/media")
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class XStandInMedia {

    /** Uploads remembered (X lets unattached media expire): older ones are forgotten. */
    static final int KEPT = 200;
    static final long EXPIRES_AFTER_SECS = 86_400;

    /** One upload: whose, what kind, how many bytes came, whether it may be attached, its alt text. */
    record Upload(DemoAccount account, String type, long bytes, boolean finalized, String altText) {

        Upload with(long more, boolean done) {
            return new Upload(account, type, bytes + more, done, altText);
        }

        /** How the post's media list in {@link ReceivedPosts} names it. */
        String describe(String id) {
            return type + " " + id + " (" + bytes + " bytes" + (altText == null ? "" : ", alt text: " + altText) + ")";
        }
    }

    private final Map<String, Upload> uploads = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Upload> eldest) {
            return size() > KEPT;
        }
    };
    private final ReceivedPosts received;
    private final Clock clock;

    XStandInMedia(ReceivedPosts received, Clock clock) {
        this.received = received;
        this.clock = clock;
    }

    /** An image in one request: multipart {@code media}, with {@code media_category} and maybe {@code media_type}. */
    @PostMapping("/upload")
    ResponseEntity<ObjectNode> upload(@RequestHeader(value = "Authorization", required = false) String authorization,
            @RequestPart(value = "media", required = false) MultipartFile media,
            @RequestParam(value = "media_type", required = false) String mediaType) {
        DemoAccount account = XAnswers.signedIn(authorization);
        long size = media(media);
        String type = mediaType != null && !mediaType.isBlank() ? mediaType : String.valueOf(media.getContentType());
        String id = remember(new Upload(account, type.toLowerCase(Locale.ROOT), size, true, null));
        ObjectNode data = idOf(id, type);
        data.put("size", size);
        return XAnswers.ok(XAnswers.data(data));
    }

    /** The start of a chunked upload (a GIF, a video): its type and size, answered with the media id. */
    @PostMapping("/upload/initialize")
    ResponseEntity<ObjectNode> initialize(
            @RequestHeader(value = "Authorization", required = false) String authorization,
            @RequestBody(required = false) JsonNode body) {
        DemoAccount account = XAnswers.signedIn(authorization);
        String type = body == null ? "" : body.path("media_type").asText("");
        if (type.isBlank()) {
            throw XAnswers.invalid("media_type", null, "The `media_type` field is required");
        }
        if (!body.path("total_bytes").canConvertToLong() || body.path("total_bytes").asLong() <= 0) {
            throw XAnswers.invalid("total_bytes", body.path("total_bytes").asText(),
                    "The `total_bytes` field must be a positive number");
        }
        String id = remember(new Upload(account, type.toLowerCase(Locale.ROOT), 0, false, null));
        return XAnswers.ok(XAnswers.data(idOf(id, type)));
    }

    /** One chunk, by its {@code segment_index}. */
    @PostMapping("/upload/{id}/append")
    ResponseEntity<ObjectNode> append(@RequestHeader(value = "Authorization", required = false) String authorization,
            @PathVariable String id, @RequestPart(value = "media", required = false) MultipartFile media,
            @RequestParam(value = "segment_index", required = false) String segment) {
        Upload upload = own(XAnswers.signedIn(authorization), id);
        if (segment == null || !segment.strip().matches("\\d{1,4}")) {
            throw XAnswers.invalid("segment_index", segment, "The `segment_index` field must be a number 0-999");
        }
        keep(id, upload.with(media(media), false));
        ObjectNode data = XAnswers.JSON.objectNode();
        data.put("expires_at", clock.instant().getEpochSecond() + EXPIRES_AFTER_SECS);
        return XAnswers.ok(XAnswers.data(data));
    }

    /** The end of a chunked upload: a video is processed at once, so it is ready to attach now. */
    @PostMapping("/upload/{id}/finalize")
    ResponseEntity<ObjectNode> finalizeUpload(
            @RequestHeader(value = "Authorization", required = false) String authorization, @PathVariable String id) {
        Upload upload = own(XAnswers.signedIn(authorization), id);
        if (upload.bytes() == 0) {
            throw XAnswers.invalid("media_id", id, "Media " + id + " has no chunks appended");
        }
        keep(id, upload.with(0, true));
        ObjectNode data = idOf(id, upload.type());
        data.put("size", upload.bytes());
        if (upload.type().startsWith("video/")) {
            data.set("processing_info", succeeded());
        }
        return XAnswers.ok(XAnswers.data(data));
    }

    /** {@code command=STATUS}: every upload here is processed, so the answer is {@code succeeded}. */
    @GetMapping("/upload")
    ResponseEntity<ObjectNode> status(@RequestHeader(value = "Authorization", required = false) String authorization,
            @RequestParam(value = "command", required = false) String command,
            @RequestParam(value = "media_id", required = false) String id) {
        DemoAccount account = XAnswers.signedIn(authorization);
        if (!"STATUS".equals(command)) {
            throw XAnswers.invalid("command", command, "The `command` query parameter must be STATUS");
        }
        Upload upload = own(account, id);
        ObjectNode data = idOf(id, upload.type());
        data.set("processing_info", succeeded());
        return XAnswers.ok(XAnswers.data(data));
    }

    /** An image's or video's alt text, kept with the upload for the post's record. */
    @PostMapping("/metadata")
    ResponseEntity<ObjectNode> metadata(@RequestHeader(value = "Authorization", required = false) String authorization,
            @RequestBody(required = false) JsonNode body) {
        DemoAccount account = XAnswers.signedIn(authorization);
        String id = body == null ? null : body.path("id").asText(null);
        Upload upload = own(account, id);
        String text = body.path("metadata").path("alt_text").path("text").asText("");
        if (text.isBlank() || text.codePointCount(0, text.length()) > 1000) {
            throw XAnswers.invalid("metadata.alt_text.text", text, "Alt text must have 1 to 1000 characters");
        }
        keep(id, new Upload(upload.account(), upload.type(), upload.bytes(), upload.finalized(), text));
        ObjectNode data = XAnswers.JSON.objectNode();
        data.put("id", id);
        data.putObject("associated_metadata").putObject("alt_text").put("text", text);
        return XAnswers.ok(XAnswers.data(data));
    }

    /** The account's finalized upload by this id, ready to attach to a post; empty when there is none. */
    synchronized Optional<Upload> attachable(DemoAccount account, String id) {
        return Optional.ofNullable(uploads.get(id)).filter(Upload::finalized)
                .filter(upload -> upload.account() == account);
    }

    @ExceptionHandler(XAnswers.Refusal.class)
    ResponseEntity<ObjectNode> refused(XAnswers.Refusal refusal) {
        return refusal.answer();
    }

    private synchronized String remember(Upload upload) {
        String id = received.nextNumber();
        uploads.put(id, upload);
        return id;
    }

    private synchronized void keep(String id, Upload upload) {
        uploads.put(id, upload);
    }

    private synchronized Upload own(DemoAccount account, String id) {
        Upload upload = id == null ? null : uploads.get(id);
        if (upload == null || upload.account() != account) {
            throw XAnswers.invalid("media_id", id, "Media " + id + " was not found for this account");
        }
        return upload;
    }

    /** The media part's size; the bytes themselves are not kept. */
    private static long media(MultipartFile media) {
        if (media == null || media.isEmpty()) {
            throw XAnswers.invalid("media", null, "The `media` field is required and must not be empty");
        }
        return media.getSize();
    }

    private static ObjectNode idOf(String id, String type) {
        ObjectNode data = XAnswers.JSON.objectNode();
        data.put("id", id);
        // X's media keys: 3_ an image, 16_ a GIF, 7_ a video
        String kind = type.startsWith("video/") ? "7_" : type.equalsIgnoreCase("image/gif") ? "16_" : "3_";
        data.put("media_key", kind + id);
        data.put("expires_after_secs", EXPIRES_AFTER_SECS);
        return data;
    }

    private static ObjectNode succeeded() {
        ObjectNode processing = XAnswers.JSON.objectNode();
        processing.put("state", "succeeded");
        processing.put("progress_percent", 100);
        return processing;
    }
}
