package io.engineroom.demo.platforms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.engineroom.brand.Connector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo's Mastodon server: answers every call Engine Room's real Mastodon connector makes (statuses, media,
 * moderation, counts, the account) and the inbox's mention poll, under {@code /demo/platforms/mastodon}, so a
 * newcomer's demo runs the real connector end to end without a Mastodon account. Each call must carry the demo
 * account's token (else Mastodon's 401 {@code {"error": "The access token is invalid"}}); statuses go to
 * {@link ReceivedPosts}, the rest to {@link MastodonStandInMemory}. Only in demo mode. Media uploads are here
 * ({@link MastodonStandInMedia}).
 */
@RestController
@RequestMapping(DemoPlatformsSecurity.PATH + "/mastodon")
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class MastodonStandIn {

    /** Mastodon's longest status in characters (its default; servers may allow more). */
    static final int MAX_CHARACTERS = 500;
    static final int MAX_PAGE = 40;
    static final int MAX_MEDIA = 4;

    private final ReceivedPosts posts;
    private final MastodonStandInMemory memory;
    private final MastodonStandInAnswers answers;

    MastodonStandIn(ReceivedPosts posts, MastodonStandInMemory memory, MastodonStandInAnswers answers) {
        this.posts = posts;
        this.memory = memory;
        this.answers = answers;
    }

    /** The answers a signed-in call gets; a missing or unknown token gets Mastodon's 401. */
    static ResponseEntity<JsonNode> signedIn(String authorization, MastodonStandInAnswers answers,
            Function<DemoAccount, ResponseEntity<JsonNode>> call) {
        Optional<DemoAccount> account = DemoAccount.signedIn(Connector.MASTODON, authorization);
        return account.map(call).orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(answers.error("The access token is invalid")));
    }

    static ResponseEntity<JsonNode> refused(HttpStatus status, MastodonStandInAnswers answers, String message) {
        return ResponseEntity.status(status).body(answers.error(message));
    }

    private ResponseEntity<JsonNode> notFound() {
        return refused(HttpStatus.NOT_FOUND, answers, "Record not found");
    }

    @GetMapping("/api/v1/accounts/verify_credentials")
    ResponseEntity<JsonNode> verifyCredentials(@RequestHeader(value = "Authorization", required = false) String auth) {
        return signedIn(auth, answers, account -> ResponseEntity.ok(answers.credentials(account)));
    }

    @GetMapping("/api/v1/accounts/lookup")
    ResponseEntity<JsonNode> lookup(@RequestHeader(value = "Authorization", required = false) String auth,
            @RequestParam(required = false) String acct) {
        return signedIn(auth, answers, account -> {
            if (acct == null || acct.isBlank()) {
                return refused(HttpStatus.BAD_REQUEST, answers, "param is missing or the value is empty: acct");
            }
            String wanted = acct.strip().replaceFirst("^@", "");
            String username = MastodonStandInAnswers.username(account);
            if (wanted.equals(username) || ("@" + wanted).equals(account.handle())) {
                return ResponseEntity.ok(answers.account(account));
            }
            return ResponseEntity.ok(answers.stranger(account, strangerId(wanted), wanted));
        });
    }

    /** Someone else's account id, the same for the same name: a block and a later mute find one account. */
    static String strangerId(String acct) {
        return Long.toString(110_000_000_000_000_000L + MastodonStandInAnswers.seed(acct) % 1_000_000_000_000L);
    }

    @PostMapping("/api/v1/accounts/{id}/block")
    ResponseEntity<JsonNode> block(@RequestHeader(value = "Authorization", required = false) String auth,
            @PathVariable String id) {
        return relate(auth, id, true);
    }

    @PostMapping("/api/v1/accounts/{id}/mute")
    ResponseEntity<JsonNode> mute(@RequestHeader(value = "Authorization", required = false) String auth,
            @PathVariable String id) {
        return relate(auth, id, false);
    }

    private ResponseEntity<JsonNode> relate(String auth, String id, boolean block) {
        return signedIn(auth, answers, account -> {
            if (!id.matches("\\d{1,20}")) {
                return notFound();
            }
            if (id.equals(account.accountId())) {
                return refused(HttpStatus.FORBIDDEN, answers, "This action is not allowed");
            }
            return ResponseEntity.ok(answers.relationship(memory.relate(account, id, block, !block)));
        });
    }

    /** The account's own statuses, newest first, for "Verify publication"; another account's: none here. */
    @GetMapping("/api/v1/accounts/{id}/statuses")
    ResponseEntity<JsonNode> statusesOf(@RequestHeader(value = "Authorization", required = false) String auth,
            @PathVariable String id, @RequestParam(defaultValue = "20") int limit,
            @RequestParam(name = "exclude_replies", defaultValue = "false") boolean excludeReplies,
            @RequestParam(name = "max_id", required = false) String maxId) {
        return signedIn(auth, answers, account -> {
            if (!id.matches("\\d{1,20}")) {
                return notFound();
            }
            ArrayNode page = answers.list();
            if (id.equals(account.accountId())) {
                posts.of(account).stream().filter(post -> !excludeReplies || post.inReplyTo() == null)
                        .filter(post -> maxId == null || MastodonStandInAnswers.seed(post.id())
                                < MastodonStandInAnswers.seed(maxId))
                        .limit(Math.max(1, Math.min(limit, MAX_PAGE))).forEach(post -> page.add(answers.status(post)));
            }
            return ResponseEntity.ok(page);
        });
    }

    /**
     * A status or a reply ({@code in_reply_to_id}); a repeated {@code Idempotency-Key} gets the status it made
     * before, as on Mastodon, so a retried publish is still one post.
     */
    @PostMapping("/api/v1/statuses")
    ResponseEntity<JsonNode> post(@RequestHeader(value = "Authorization", required = false) String auth,
            @RequestHeader(value = "Idempotency-Key", required = false) String key,
            @RequestBody(required = false) JsonNode body) {
        return signedIn(auth, answers, account -> {
            Optional<ReceivedPosts.Post> earlier = memory.statusFor(account, key)
                    .flatMap(id -> posts.find(account, id));
            if (earlier.isPresent()) {
                return ResponseEntity.ok(answers.status(earlier.get()));
            }
            JsonNode request = body == null ? answers.object() : body;
            String text = request.path("status").asText("");
            List<String> mediaIds = new ArrayList<>();
            request.path("media_ids").forEach(id -> mediaIds.add(id.asText()));
            String problem = problem(account, text, mediaIds);
            if (problem != null) {
                return refused(HttpStatus.UNPROCESSABLE_ENTITY, answers, "Validation failed: " + problem);
            }
            String inReplyTo = request.path("in_reply_to_id").asText(null);
            ReceivedPosts.Post post = posts.add(account, posts.nextNumber(), text, mediaIds,
                    inReplyTo == null || inReplyTo.isBlank() ? null : inReplyTo);
            memory.made(account, key, post.id(), request.path("visibility").asText("public"));
            return ResponseEntity.ok(answers.status(post));
        });
    }

    /** What Mastodon would refuse in a new status, or null. */
    private String problem(DemoAccount account, String text, List<String> mediaIds) {
        if (text.isBlank() && mediaIds.isEmpty()) {
            return "Text can't be blank";
        }
        if (text.codePointCount(0, text.length()) > MAX_CHARACTERS) {
            return "Text character limit of " + MAX_CHARACTERS + " exceeded";
        }
        if (mediaIds.size() > MAX_MEDIA) {
            return "Media attachments can't be more than " + MAX_MEDIA;
        }
        List<MastodonStandInMemory.Upload> uploads = new ArrayList<>();
        for (String id : mediaIds) {
            Optional<MastodonStandInMemory.Upload> upload = memory.upload(account, id);
            if (upload.isEmpty()) {
                return "Media attachment " + id + " was not found";
            }
            uploads.add(upload.get());
        }
        if (uploads.size() > 1 && uploads.stream().anyMatch(upload -> !upload.type().equals("image"))) {
            return "Media attachments can't mix a video with other media";
        }
        return null;
    }

    @GetMapping("/api/v1/statuses/{id}")
    ResponseEntity<JsonNode> status(@RequestHeader(value = "Authorization", required = false) String auth,
            @PathVariable String id) {
        return signedIn(auth, answers, account -> {
            if (!id.matches("\\d{1,18}")) {
                return notFound();
            }
            return ResponseEntity.ok(posts.find(account, id).map(answers::status)
                    .orElseGet(() -> answers.othersStatus(account, id)));
        });
    }

    /** Deletes one of the account's own statuses; anyone else's is not found, as Mastodon answers. */
    @DeleteMapping("/api/v1/statuses/{id}")
    ResponseEntity<JsonNode> delete(@RequestHeader(value = "Authorization", required = false) String auth,
            @PathVariable String id) {
        return signedIn(auth, answers, account -> {
            Optional<ReceivedPosts.Post> own = posts.find(account, id);
            if (own.isEmpty()) {
                return notFound();
            }
            // Mastodon answers with the deleted status and its source text, for "delete and redraft"
            JsonNode deleted = answers.status(own.get()).put("text", own.get().text());
            posts.remove(account, id);
            return ResponseEntity.ok(deleted);
        });
    }

    /**
     * The account's notifications, which the inbox polls for mentions: an empty page, without a {@code Link}
     * header, as Mastodon answers when nothing is new. The demo's mentions come from its simulator instead.
     */
    @GetMapping("/api/v1/notifications")
    ResponseEntity<JsonNode> notifications(@RequestHeader(value = "Authorization", required = false) String auth) {
        return signedIn(auth, answers, account -> ResponseEntity.ok(answers.list()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<JsonNode> unreadable(HttpMessageNotReadableException e) {
        return refused(HttpStatus.BAD_REQUEST, answers, "The request body is not valid JSON");
    }
}
