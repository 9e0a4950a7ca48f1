package io.engineroom.demo.platforms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The LinkedIn stand-in's Images and Videos APIs, so a newcomer's demo uploads a post's images and video with the
 * real connector as it would to LinkedIn: an image is registered ({@code initializeUpload}) and its bytes PUT to
 * the address answered; a video is registered with its size, its parts (LinkedIn's 4 MiB) PUT to the addresses
 * answered, each answering an ETag, and the upload finalised with those ETags; the video is {@code AVAILABLE} at
 * once, as nothing is processed here. The upload addresses lead back to this stand-in, at the address the
 * connector called (the demo's own). The uploads are remembered by their URN (bytes counted, not kept), so a post
 * can only carry media uploaded in full
 * (<a href="https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/images-api">Images
 * API</a>, <a href="https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/videos-api">
 * Videos API</a>).
 */
@RestController
@RequestMapping(LinkedInStandInBase.PATH)
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class LinkedInStandInMedia extends LinkedInStandInBase {

    /** The size of each part of a video upload but the last, as LinkedIn cuts them. */
    static final long PART = 4 * 1024 * 1024;
    /** How many uploads are remembered: a demo left running for weeks does not grow. */
    static final int KEPT = 500;
    /** How long LinkedIn's upload addresses are valid. */
    static final Duration UPLOAD_VALID = Duration.ofDays(1);

    /** One upload: whose it is, the parts it expects (one for an image) and the ETags of those received. */
    private static final class Upload {

        final DemoAccount owner;
        final boolean video;
        final long size;
        final List<String> etags = new ArrayList<>();
        boolean finalized;

        Upload(DemoAccount owner, boolean video, long size) {
            this.owner = owner;
            this.video = video;
            this.size = size;
        }

        int parts() {
            return video ? (int) ((size + PART - 1) / PART) : 1;
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

    LinkedInStandInMedia(ObjectMapper json, ReceivedPosts received, Clock clock) {
        super(json);
        this.received = received;
        this.clock = clock;
    }

    /** Whether a post of the account may carry this image or video: uploaded in full (a video: finalised). */
    synchronized boolean usable(DemoAccount account, String urn) {
        Upload upload = uploads.get(urn);
        return upload != null && upload.owner == account && (upload.video ? upload.finalized
                : upload.etags.size() == 1);
    }

    @PostMapping(path = "/rest/images", params = "action=initializeUpload")
    synchronized ResponseEntity<ObjectNode> initializeImage(HttpServletRequest request,
            @RequestBody(required = false) JsonNode body) {
        DemoAccount account = owner(rest(request), body);
        String number = received.nextNumber();
        String image = "urn:li:image:" + number;
        uploads.put(image, new Upload(account, false, 0));
        ObjectNode answer = object();
        answer.putObject("value").put("uploadUrlExpiresAt", expiry())
                .put("uploadUrl", ownAddress(request) + "/dms-uploads/images/" + number).put("image", image);
        return ok(answer);
    }

    @PutMapping("/dms-uploads/images/{number}")
    synchronized ResponseEntity<Void> uploadImage(HttpServletRequest request, @PathVariable String number,
            @RequestBody(required = false) byte[] bytes) {
        Upload upload = ownUpload(signedIn(request), "urn:li:image:" + number, false);
        if (bytes == null || bytes.length == 0) {
            throw badRequest("EMPTY_UPLOAD", "The upload has no bytes");
        }
        upload.etags.clear();
        upload.etags.add(etag("urn:li:image:" + number, 0, bytes.length));
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @PostMapping(path = "/rest/videos", params = "action=initializeUpload")
    synchronized ResponseEntity<ObjectNode> initializeVideo(HttpServletRequest request,
            @RequestBody(required = false) JsonNode body) {
        DemoAccount account = owner(rest(request), body);
        long size = body.at("/initializeUploadRequest/fileSizeBytes").asLong(0);
        if (size <= 0) {
            throw badRequest("FIELD_REQUIRED", "ERROR :: /initializeUploadRequest/fileSizeBytes :: field is "
                    + "required and must be positive");
        }
        String number = received.nextNumber();
        String video = "urn:li:video:" + number;
        Upload upload = new Upload(account, true, size);
        uploads.put(video, upload);
        ObjectNode value = object().put("uploadUrlsExpireAt", expiry()).put("video", video);
        ArrayNode instructions = value.putArray("uploadInstructions");
        for (int part = 0; part < upload.parts(); part++) {
            instructions.addObject().put("uploadUrl", ownAddress(request) + "/dms-uploads/videos/" + number + "/"
                    + part).put("firstByte", part * PART).put("lastByte", Math.min(size, (part + 1) * PART) - 1);
        }
        value.put("uploadToken", "");
        ObjectNode answer = object();
        answer.set("value", value);
        return ok(answer);
    }

    /** A video part: the bytes LinkedIn's instructions named, answered with the part's ETag. */
    @PutMapping("/dms-uploads/videos/{number}/{part}")
    synchronized ResponseEntity<Void> uploadVideoPart(HttpServletRequest request, @PathVariable String number,
            @PathVariable int part, @RequestBody(required = false) byte[] bytes) {
        String video = "urn:li:video:" + number;
        Upload upload = ownUpload(signedIn(request), video, true);
        long expected = part < 0 || part >= upload.parts() ? -1 : Math.min(upload.size, (part + 1) * PART)
                - part * PART;
        if (bytes == null || bytes.length != expected) {
            throw badRequest("INVALID_PART", "Part " + part + " of " + video + " must have " + expected + " bytes");
        }
        while (upload.etags.size() <= part) {
            upload.etags.add(null);
        }
        String etag = etag(video, part, bytes.length);
        upload.etags.set(part, etag);
        // as sent, not quoted: the connector hands it back in the finalisation
        return ResponseEntity.ok().header("ETag", etag).build();
    }

    @PostMapping(path = "/rest/videos", params = "action=finalizeUpload")
    synchronized ResponseEntity<Void> finalizeVideo(HttpServletRequest request,
            @RequestBody(required = false) JsonNode body) {
        DemoAccount account = rest(request);
        String video = required(body, "/finalizeUploadRequest/video");
        Upload upload = ownUpload(account, video, true);
        List<String> sent = new ArrayList<>();
        body.at("/finalizeUploadRequest/uploadedPartIds").forEach(id -> sent.add(id.asText()));
        if (upload.etags.size() != upload.parts() || !sent.equals(upload.etags)) {
            throw badRequest("INVALID_UPLOAD", "The uploaded part ids do not match the " + upload.parts()
                    + " parts of " + video);
        }
        upload.finalized = true;
        return ResponseEntity.ok().build();
    }

    @GetMapping("/rest/videos/{video}")
    synchronized ResponseEntity<ObjectNode> video(HttpServletRequest request, @PathVariable String video) {
        Upload upload = ownUpload(rest(request), video, true);
        return ok(object().put("id", video).put("owner", upload.owner.accountId()).put("status",
                upload.finalized ? "AVAILABLE" : "WAITING_UPLOAD"));
    }

    /** The account the upload is registered for: it must be the one signed in. */
    private static DemoAccount owner(DemoAccount account, JsonNode body) {
        String owner = required(body, "/initializeUploadRequest/owner");
        if (!owner.equals(account.accountId())) {
            throw denied("uploads for " + owner);
        }
        return account;
    }

    private Upload ownUpload(DemoAccount account, String urn, boolean video) {
        Upload upload = uploads.get(urn);
        if (upload == null || upload.video != video) {
            throw notFound(urn);
        }
        if (upload.owner != account) {
            throw denied(urn);
        }
        return upload;
    }

    private long expiry() {
        return clock.instant().plus(UPLOAD_VALID).toEpochMilli();
    }

    private static String etag(String urn, int part, long length) {
        return "/ambry-video/signedId/" + Long.toHexString(seed(urn + "/" + part + "/" + length));
    }
}
