package io.engineroom.demo.platforms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The X API v2 as the demo's X channel (Northwind Bank's) reaches it: a newcomer's demo runs the real X connector
 * end to end against this stand-in, served by the app itself in demo mode only. It answers every call the
 * connector makes besides media ({@link XStandInMedia}): who the account is ({@code GET /2/users/me}), a post or a
 * reply ({@code POST /2/tweets}, kept in {@link ReceivedPosts}), the account's posts for "Verify publication"
 * ({@code GET /2/users/:id/tweets}, from what it received), a post's {@code public_metrics}, the mentions the inbox
 * polls (none: the demo's interactions come from its simulator), and moderation (hide a reply, delete an own post,
 * mute), remembered here. Requests and answers as the X docs and the connector's contract tests have them; a token
 * other than the demo account's gets X's 401. Texts come back as X gives them: links as t.co links, {@code &}
 * {@code <} {@code >} escaped, so the connector's comparison works as it does on X.
 */
@RestController
@RequestMapping(DemoPlatformsSecurity.PATH + "/x/2")
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class XStandIn {

    /** Moderation remembered per kind; older entries are forgotten. */
    static final int KEPT = 1_000;

    private final ReceivedPosts received;
    private final XStandInMedia media;
    private final Clock clock;
    private final Set<String> hidden = kept();
    private final Set<String> muted = kept();
    private final Set<String> deleted = kept();

    XStandIn(ReceivedPosts received, XStandInMedia media, Clock clock) {
        this.received = received;
        this.media = media;
        this.clock = clock;
    }

    /** The signed-in account, with its follower count for "Test connection" and the daily metrics. */
    @GetMapping("/users/me")
    ResponseEntity<ObjectNode> me(@RequestHeader(value = "Authorization", required = false) String authorization,
            @RequestParam(value = "user.fields", required = false) String fields) {
        DemoAccount account = XAnswers.signedIn(authorization);
        ObjectNode user = XAnswers.JSON.objectNode();
        user.put("id", account.accountId());
        user.put("name", account.displayName());
        user.put("username", account.handle().replaceFirst("^@", ""));
        if (requested(fields, "public_metrics")) {
            ObjectNode metrics = user.putObject("public_metrics");
            metrics.put("followers_count", XAnswers.followers(account, LocalDate.now(clock.withZone(ZoneOffset.UTC))));
            metrics.put("following_count", 180);
            metrics.put("tweet_count", 2_400 + received.of(account).size());
            metrics.put("listed_count", 45);
        }
        return XAnswers.ok(XAnswers.data(user));
    }

    /** A post, or a reply ({@code reply.in_reply_to_tweet_id}), with media uploaded before: 201 with its id. */
    @PostMapping("/tweets")
    ResponseEntity<ObjectNode> create(@RequestHeader(value = "Authorization", required = false) String authorization,
            @RequestBody(required = false) JsonNode body) {
        DemoAccount account = XAnswers.signedIn(authorization);
        String text = body == null ? "" : body.path("text").asText("");
        JsonNode mediaIds = body == null ? null : body.path("media").path("media_ids");
        if (text.isBlank() && (mediaIds == null || mediaIds.isEmpty())) {
            throw XAnswers.invalid("text", text, "The `text` field is required when no media is attached");
        }
        List<String> attached = new ArrayList<>();
        for (JsonNode id : mediaIds == null ? List.<JsonNode>of() : mediaIds) {
            attached.add(media.attachable(account, id.asText()).map(upload -> upload.describe(id.asText()))
                    .orElseThrow(() -> XAnswers.invalid("media.media_ids", id.asText(),
                            "Your media IDs are invalid.")));
        }
        String inReplyTo = null;
        if (body.has("reply")) {
            inReplyTo = body.path("reply").path("in_reply_to_tweet_id").asText("");
            if (inReplyTo.isBlank()) {
                throw XAnswers.invalid("reply.in_reply_to_tweet_id", inReplyTo,
                        "The `reply.in_reply_to_tweet_id` field is required in a reply");
            }
        }
        ReceivedPosts.Post post = received.add(account, received.nextNumber(), text, attached, inReplyTo);
        ObjectNode data = XAnswers.JSON.objectNode();
        data.put("id", post.id());
        data.put("text", XPostText.asReturned(post));
        data.putArray("edit_history_tweet_ids").add(post.id());
        return XAnswers.created(XAnswers.data(data));
    }

    /** One post: the account's own as received, anyone else's (a demo interaction's) by an author of its own. */
    @GetMapping("/tweets/{id}")
    ResponseEntity<ObjectNode> post(@RequestHeader(value = "Authorization", required = false) String authorization,
            @PathVariable String id, @RequestParam(value = "tweet.fields", required = false) String fields) {
        XAnswers.signedIn(authorization);
        Optional<ReceivedPosts.Post> own = Arrays.stream(DemoAccount.values())
                .flatMap(account -> received.find(account, id).stream()).findFirst();
        if (own.isEmpty() && deleted(id)) {
            return XAnswers.ok(notFound(id));
        }
        ObjectNode data = own.map(post -> json(post, fields)).orElseGet(() -> {
            ObjectNode other = XAnswers.JSON.objectNode();
            other.put("id", id);
            other.put("text", "A post by someone else on X");
            if (requested(fields, "author_id")) {
                other.put("author_id", XAnswers.authorOf(id));
            }
            if (requested(fields, "public_metrics")) {
                other.set("public_metrics", XAnswers.publicMetrics(id));
            }
            return other;
        });
        return XAnswers.ok(XAnswers.data(data));
    }

    /** Deletes one of the account's own posts; X deletes no one else's (403). */
    @DeleteMapping("/tweets/{id}")
    ResponseEntity<ObjectNode> delete(@RequestHeader(value = "Authorization", required = false) String authorization,
            @PathVariable String id) {
        DemoAccount account = XAnswers.signedIn(authorization);
        if (!received.remove(account, id)) {
            throw XAnswers.forbidden("You are not allowed to delete this Tweet.");
        }
        remember(deleted, id);
        ObjectNode data = XAnswers.JSON.objectNode();
        data.put("deleted", true);
        return XAnswers.ok(XAnswers.data(data));
    }

    /** Hides (or shows again) a reply in one of the account's conversations. */
    @PutMapping("/tweets/{id}/hidden")
    ResponseEntity<ObjectNode> hide(@RequestHeader(value = "Authorization", required = false) String authorization,
            @PathVariable String id, @RequestBody(required = false) JsonNode body) {
        XAnswers.signedIn(authorization);
        if (body == null || !body.path("hidden").isBoolean()) {
            throw XAnswers.invalid("hidden", null, "The `hidden` field is required and must be true or false");
        }
        boolean hide = body.path("hidden").asBoolean();
        if (hide) {
            remember(hidden, id);
        } else {
            forget(hidden, id);
        }
        ObjectNode data = XAnswers.JSON.objectNode();
        data.put("hidden", hide);
        return XAnswers.ok(XAnswers.data(data));
    }

    /** Mutes a person for the signed-in account (the path's id must be its own). */
    @PostMapping("/users/{id}/muting")
    ResponseEntity<ObjectNode> mute(@RequestHeader(value = "Authorization", required = false) String authorization,
            @PathVariable String id, @RequestBody(required = false) JsonNode body) {
        DemoAccount account = XAnswers.signedIn(authorization);
        if (!account.accountId().equals(id)) {
            throw XAnswers.forbidden("You are not permitted to mute on behalf of user " + id + ".");
        }
        String target = body == null ? "" : body.path("target_user_id").asText("");
        if (target.isBlank()) {
            throw XAnswers.invalid("target_user_id", target, "The `target_user_id` field is required");
        }
        remember(muted, account.accountId() + " " + target);
        ObjectNode data = XAnswers.JSON.objectNode();
        data.put("muting", true);
        return XAnswers.ok(XAnswers.data(data));
    }

    /** An account's posts and replies since {@code start_time}, newest first, as "Verify publication" reads them. */
    @GetMapping("/users/{id}/tweets")
    ResponseEntity<ObjectNode> timeline(@RequestHeader(value = "Authorization", required = false) String authorization,
            @PathVariable String id, @RequestParam(value = "start_time", required = false) String startTime,
            @RequestParam(value = "max_results", required = false) String maxResults,
            @RequestParam(value = "tweet.fields", required = false) String fields) {
        XAnswers.signedIn(authorization);
        Instant since = startTime == null ? Instant.EPOCH : instant("start_time", startTime);
        int max = maxResults == null ? 10 : pageSize(maxResults);
        List<ReceivedPosts.Post> posts = Arrays.stream(DemoAccount.values())
                .filter(account -> account.accountId().equals(id)).flatMap(account -> received.of(account).stream())
                .filter(post -> !post.at().isBefore(since)).limit(max).toList();
        ObjectNode body = XAnswers.JSON.objectNode();
        if (!posts.isEmpty()) {
            ArrayNode data = body.putArray("data");
            posts.forEach(post -> data.add(json(post, fields)));
        }
        ObjectNode meta = body.putObject("meta");
        meta.put("result_count", posts.size());
        if (!posts.isEmpty()) {
            meta.put("newest_id", posts.get(0).id());
            meta.put("oldest_id", posts.get(posts.size() - 1).id());
        }
        return XAnswers.ok(body);
    }

    /**
     * The account's mentions: none, as X answers an empty page ({@code meta.result_count} 0, no {@code newest_id}),
     * so the inbox's polling is quiet; the demo's interactions arrive from its simulator instead.
     */
    @GetMapping("/users/{id}/mentions")
    ResponseEntity<ObjectNode> mentions(@RequestHeader(value = "Authorization", required = false) String authorization,
            @PathVariable String id, @RequestParam(value = "max_results", required = false) String maxResults) {
        XAnswers.signedIn(authorization);
        if (maxResults != null) {
            pageSize(maxResults);
        }
        ObjectNode body = XAnswers.JSON.objectNode();
        body.putObject("meta").put("result_count", 0);
        return XAnswers.ok(body);
    }

    /**
     * X's token endpoint, where the connector refreshes a token about to expire. The demo's tokens never expire and
     * come with no refresh token, so any refresh token is unknown here: OAuth's {@code invalid_request}, as X says it.
     */
    @PostMapping("/oauth2/token")
    ResponseEntity<ObjectNode> token() {
        ObjectNode body = XAnswers.JSON.objectNode();
        body.put("error", "invalid_request");
        body.put("error_description", "Value passed for the token was invalid.");
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(body);
    }

    /** Whether a reply was hidden here (and not shown again). */
    boolean hidden(String postId) {
        return contains(hidden, postId);
    }

    /** Whether the account muted the person with this X id here. */
    boolean muted(DemoAccount account, String userId) {
        return contains(muted, account.accountId() + " " + userId);
    }

    @ExceptionHandler(XAnswers.Refusal.class)
    ResponseEntity<ObjectNode> refused(XAnswers.Refusal refusal) {
        return refusal.answer();
    }

    private static ObjectNode json(ReceivedPosts.Post post, String fields) {
        ObjectNode json = XAnswers.JSON.objectNode();
        json.put("id", post.id());
        json.put("text", XPostText.asReturned(post));
        json.putArray("edit_history_tweet_ids").add(post.id());
        if (requested(fields, "created_at")) {
            json.put("created_at", post.at().toString());
        }
        if (requested(fields, "author_id")) {
            json.put("author_id", post.account().accountId());
        }
        if (requested(fields, "public_metrics")) {
            json.set("public_metrics", XAnswers.publicMetrics(post.id()));
        }
        return json;
    }

    /** X's answer for a post that is gone: 200 with the reason in {@code errors}, no {@code data}. */
    private static ObjectNode notFound(String id) {
        ObjectNode body = XAnswers.JSON.objectNode();
        ObjectNode error = body.putArray("errors").addObject();
        error.put("value", id);
        error.put("detail", "Could not find tweet with id: [" + id + "].");
        error.put("title", "Not Found Error");
        error.put("resource_type", "tweet");
        error.put("parameter", "id");
        error.put("resource_id", id);
        error.put("type", "https://api.twitter.com/2/problems/resource-not-found");
        return body;
    }

    private static boolean requested(String fields, String field) {
        return fields != null && Arrays.asList(fields.split(",")).contains(field);
    }

    private static Instant instant(String parameter, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw XAnswers.invalid(parameter, value, "The `" + parameter + "` query parameter value [" + value
                    + "] is not a valid RFC3339 date-time");
        }
    }

    /** X pages 5 to 100 posts. */
    private static int pageSize(String value) {
        int size = value.matches("\\d{1,3}") ? Integer.parseInt(value) : -1;
        if (size < 5 || size > 100) {
            throw XAnswers.invalid("max_results", value, "The `max_results` query parameter value [" + value
                    + "] is not between 5 and 100");
        }
        return size;
    }

    private static Set<String> kept() {
        return Collections.newSetFromMap(new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > KEPT;
            }
        });
    }

    private static void remember(Set<String> set, String value) {
        synchronized (set) {
            set.add(value);
        }
    }

    private static void forget(Set<String> set, String value) {
        synchronized (set) {
            set.remove(value);
        }
    }

    private static boolean contains(Set<String> set, String value) {
        synchronized (set) {
            return set.contains(value);
        }
    }

    private boolean deleted(String id) {
        return contains(deleted, id);
    }
}
