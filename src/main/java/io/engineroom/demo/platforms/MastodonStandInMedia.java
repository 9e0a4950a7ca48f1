package io.engineroom.demo.platforms;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The demo Mastodon server's media: {@code POST /api/v2/media} (multipart {@code file} and {@code description}, the
 * alt text) and {@code GET /api/v1/media/:id}. As Mastodon does, an image comes back processed (200) and a video
 * "still processing" (202, no {@code url}), so the connector's wait for processing runs too; the stand-in keeps no
 * bytes and calls a video ready at the first check. Only in demo mode.
 */
@RestController
@RequestMapping(DemoPlatformsSecurity.PATH + "/mastodon")
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class MastodonStandInMedia {

    /** Mastodon's longest media description (alt text). */
    static final int MAX_DESCRIPTION = 1500;

    private final ReceivedPosts posts;
    private final MastodonStandInMemory memory;
    private final MastodonStandInAnswers answers;
    private final Clock clock;

    MastodonStandInMedia(ReceivedPosts posts, MastodonStandInMemory memory, MastodonStandInAnswers answers,
            Clock clock) {
        this.posts = posts;
        this.memory = memory;
        this.answers = answers;
        this.clock = clock;
    }

    @PostMapping("/api/v2/media")
    ResponseEntity<JsonNode> upload(@RequestHeader(value = "Authorization", required = false) String auth,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String description) {
        return MastodonStandIn.signedIn(auth, answers, account -> {
            if (file == null || file.isEmpty()) {
                return MastodonStandIn.refused(HttpStatus.UNPROCESSABLE_ENTITY, answers,
                        "Validation failed: File can't be blank");
            }
            String type = type(file.getContentType());
            if (type == null) {
                return MastodonStandIn.refused(HttpStatus.UNPROCESSABLE_ENTITY, answers,
                        "Validation failed: File content type is invalid");
            }
            if (description != null && description.length() > MAX_DESCRIPTION) {
                return MastodonStandIn.refused(HttpStatus.UNPROCESSABLE_ENTITY, answers,
                        "Validation failed: Description is too long (maximum is " + MAX_DESCRIPTION + " characters)");
            }
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                    : file.getOriginalFilename().replaceAll("[^A-Za-z0-9._-]", "_");
            MastodonStandInMemory.Upload upload = new MastodonStandInMemory.Upload(posts.nextNumber(), account, type,
                    name, description, clock.instant());
            memory.uploaded(upload);
            if (type.equals("image")) {
                return ResponseEntity.ok(answers.media(upload));
            }
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(answers.media(upload).putNull("url"));
        });
    }

    @GetMapping("/api/v1/media/{id}")
    ResponseEntity<JsonNode> media(@RequestHeader(value = "Authorization", required = false) String auth,
            @PathVariable String id) {
        return MastodonStandIn.signedIn(auth, answers, account -> memory.upload(account, id)
                .map(upload -> ResponseEntity.ok((JsonNode) answers.media(upload)))
                .orElseGet(() -> MastodonStandIn.refused(HttpStatus.NOT_FOUND, answers, "Record not found")));
    }

    /** Mastodon's kind of a medium by its content type; null for one it does not take. */
    static String type(String contentType) {
        if (contentType == null) {
            return null;
        }
        if (contentType.equals("image/gif")) {
            return "gifv";
        }
        return contentType.startsWith("image/") ? "image" : contentType.startsWith("video/") ? "video"
                : contentType.startsWith("audio/") ? "audio" : null;
    }
}
