package io.engineroom.demo.platforms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.brand.Connector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo's Bluesky: a PDS (and the app view behind it) for the demo account, answering every XRPC call the real
 * {@code BlueskyConnector} makes, so a newcomer's demo runs the connector end to end without a Bluesky account —
 * sessions ({@code createSession}, {@code refreshSession}: the demo account's token is its access JWT, and its app
 * password), the account check and followers ({@code getProfile}), handles ({@code resolveHandle}), posts and
 * replies as records under the connector's own record key ({@code createRecord}, read back with
 * {@code getRecord} for "Verify publication", {@code deleteRecord}), blobs ({@code uploadBlob}), a post's counts
 * ({@code getPosts}), blocks (a block record) and mutes ({@code muteActor}), and the notifications the connector
 * polls (an empty page, so the demo's listening is quiet). Direct messages: {@link BlueskyChatStandIn}. Shapes from
 * the lexicons (https://docs.bsky.app/docs/category/http-reference) and the connector's contract tests.
 */
@RestController
@RequestMapping(BlueskyXrpc.PATH)
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class BlueskyStandIn extends BlueskyXrpc {

    private static final int MAX_URIS = 25;
    private static final String AUTH = "Authorization";

    private final BlueskyRepo repo;
    private final BlueskyFeed feed;
    private final BlueskyRecords records;

    BlueskyStandIn(ObjectMapper json, BlueskyRepo repo, BlueskyFeed feed) {
        super(json);
        this.repo = repo;
        this.feed = feed;
        this.records = new BlueskyRecords(repo, feed, json);
    }

    /** Signing in with the handle (or DID) and the demo account's token as its app password. */
    @PostMapping("/com.atproto.server.createSession")
    ObjectNode createSession(@RequestBody(required = false) JsonNode input) {
        String identifier = field(input, "identifier");
        String password = field(input, "password");
        DemoAccount account = Arrays.stream(DemoAccount.values())
                .filter(any -> any.connector() == Connector.BLUESKY)
                .filter(any -> BlueskyRepo.is(any, identifier) && any.accessToken().equals(password)).findFirst()
                .orElseThrow(() -> new Refusal(HttpStatus.UNAUTHORIZED, "AuthenticationRequired",
                        "Invalid identifier or password"));
        return session(account);
    }

    /** The demo's session does not expire: refreshing it gives the same one. */
    @PostMapping("/com.atproto.server.refreshSession")
    ObjectNode refreshSession(@RequestHeader(value = AUTH, required = false) String authorization) {
        return session(signedIn(authorization));
    }

    private ObjectNode session(DemoAccount account) {
        return repo.author(account).put("accessJwt", account.accessToken()).put("refreshJwt", account.accessToken())
                .put("active", true);
    }

    @GetMapping("/app.bsky.actor.getProfile")
    ObjectNode getProfile(@RequestHeader(value = AUTH, required = false) String authorization,
            @RequestParam(required = false) String actor) {
        DemoAccount account = signedIn(authorization);
        if (!BlueskyRepo.is(account, param(actor, "actor"))) {
            throw invalid("Profile not found");
        }
        return repo.profile(account);
    }

    /** Every handle resolves in the demo (the simulated authors exist); the account's own to its DID. */
    @GetMapping("/com.atproto.identity.resolveHandle")
    ObjectNode resolveHandle(@RequestHeader(value = AUTH, required = false) String authorization,
            @RequestParam(required = false) String handle) {
        DemoAccount account = signedIn(authorization);
        String name = param(handle, "handle").replaceFirst("^@", "");
        return object().put("did", BlueskyRepo.is(account, name) ? account.accountId() : BlueskyRepo.didOf(name));
    }

    /** A blob: its CID from the bytes; what it is goes with the post that embeds it. */
    @PostMapping("/com.atproto.repo.uploadBlob")
    ObjectNode uploadBlob(@RequestHeader(value = AUTH, required = false) String authorization,
            @RequestHeader(value = "Content-Type", required = false) String contentType,
            @RequestBody(required = false) byte[] bytes) {
        signedIn(authorization);
        if (bytes == null || bytes.length == 0) {
            throw invalid("Request body is empty");
        }
        ObjectNode answer = object();
        answer.putObject("blob").put("$type", "blob").put("mimeType", contentType == null
                ? "application/octet-stream" : contentType).put("size", bytes.length)
                .putObject("ref").put("$link", BlueskyRepo.blobCid(bytes));
        return answer;
    }

    @PostMapping("/com.atproto.repo.createRecord")
    ObjectNode createRecord(@RequestHeader(value = AUTH, required = false) String authorization,
            @RequestBody(required = false) JsonNode input) {
        return records.create(signedIn(authorization), input);
    }

    @PostMapping("/com.atproto.repo.deleteRecord")
    ObjectNode deleteRecord(@RequestHeader(value = AUTH, required = false) String authorization,
            @RequestBody(required = false) JsonNode input) {
        return records.delete(signedIn(authorization), input);
    }

    @GetMapping("/com.atproto.repo.getRecord")
    ObjectNode getRecord(@RequestHeader(value = AUTH, required = false) String authorization,
            @RequestParam(required = false) String repo, @RequestParam(required = false) String collection,
            @RequestParam(required = false) String rkey) {
        DemoAccount account = signedIn(authorization);
        return records.get(account, param(repo, "repo"), param(collection, "collection"), param(rkey, "rkey"));
    }

    /** The posts asked for that exist, in the order asked; a post that is gone is left out. */
    @GetMapping("/app.bsky.feed.getPosts")
    ObjectNode getPosts(@RequestHeader(value = AUTH, required = false) String authorization,
            @RequestParam(required = false) List<String> uris) {
        DemoAccount account = signedIn(authorization);
        if (uris == null || uris.isEmpty()) {
            throw invalid("Error: Params must have the property \"uris\"");
        }
        if (uris.size() > MAX_URIS) {
            throw invalid("Error: uris must not have more than " + MAX_URIS + " elements");
        }
        List<ObjectNode> views = new ArrayList<>();
        uris.forEach(uri -> feed.view(account, uri).ifPresent(views::add));
        ObjectNode answer = object();
        answer.putArray("posts").addAll(views);
        return answer;
    }

    /** Muting is private to the account and makes no record: remembered, answered with an empty 200. */
    @PostMapping("/app.bsky.graph.muteActor")
    ResponseEntity<Void> muteActor(@RequestHeader(value = AUTH, required = false) String authorization,
            @RequestBody(required = false) JsonNode input) {
        DemoAccount account = signedIn(authorization);
        repo.mute(account, field(input, "actor"));
        return ResponseEntity.ok().build();
    }

    /**
     * Nothing new: nobody replies to or mentions the demo account on its stand-in, so the connector's polling reads
     * an empty page, which has no cursor (Bluesky's last page has none).
     */
    @GetMapping("/app.bsky.notification.listNotifications")
    ObjectNode listNotifications(@RequestHeader(value = AUTH, required = false) String authorization,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        signedIn(authorization);
        if (limit != null && (limit < 1 || limit > 100)) {
            throw invalid("Error: limit must be between 1 and 100");
        }
        ObjectNode answer = object().put("priority", false);
        answer.putArray("notifications");
        return answer;
    }

    /** A method the connector does not call: as a PDS answers one it does not implement. */
    @RequestMapping("/{method}")
    ResponseEntity<ObjectNode> other(@PathVariable String method) {
        return refused(new Refusal(HttpStatus.NOT_IMPLEMENTED, "MethodNotImplemented", "Method Not Implemented"));
    }
}
