package io.engineroom.publishing.connector.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.Verification;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Posts as records in the account's repository: {@code com.atproto.repo.createRecord} of an
 * {@code app.bsky.feed.post} under the record key Engine Room derives from the idempotency key
 * ({@link RecordKeys#tid}), read back with {@code com.atproto.repo.getRecord}, and others' posts read with
 * {@code app.bsky.feed.getPosts}. Docs: https://docs.bsky.app/docs/advanced-guides/posts,
 * https://docs.bsky.app/docs/api/com-atproto-repo-create-record,
 * https://docs.bsky.app/docs/api/com-atproto-repo-get-record, https://docs.bsky.app/docs/api/app-bsky-feed-get-posts,
 * https://docs.bsky.app/docs/api/com-atproto-identity-resolve-handle.
 */
final class BlueskyPosts {

    private final Xrpc xrpc;
    private final Clock clock;

    BlueskyPosts(Xrpc xrpc, Clock clock) {
        this.xrpc = xrpc;
        this.clock = clock;
    }

    /** A datetime as the lexicon wants it: UTC with a {@code Z}, milliseconds at most. */
    static String timestamp(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /**
     * The post record: text, its facets (mentions resolved to DIDs), creation time, and the embed and reply
     * reference when there are any.
     */
    ObjectNode record(ChannelConnection channel, String text, ObjectNode embed, ObjectNode reply) {
        ObjectNode record = xrpc.object().put("$type", RecordKeys.POST).put("text", text)
                .put("createdAt", timestamp(clock));
        ArrayNode facets = RichText.facets(text, RichText.spans(text), handle -> did(channel, handle));
        if (!facets.isEmpty()) {
            record.set("facets", facets);
        }
        if (reply != null) {
            record.set("reply", reply);
        }
        if (embed != null) {
            record.set("embed", embed);
        }
        return record;
    }

    /** A handle's DID ({@code com.atproto.identity.resolveHandle}); null when it cannot be resolved. */
    String did(ChannelConnection channel, String handle) {
        Xrpc.Answer answer = xrpc.query(channel.baseUrl(), "com.atproto.identity.resolveHandle",
                Map.of("handle", handle), channel.accessToken(), "Bluesky handle " + handle);
        return answer.ok() ? Xrpc.text(answer.body(), "did") : null;
    }

    /**
     * Creates the record under its key, once. A repository that already holds the key answers with an error (the
     * reference PDS with a server error, others with 400): the post was made by an earlier attempt, so a 4xx that
     * says so is checked with {@link #find} and reported as posted; a 5xx stays unknown, for the automatic check.
     */
    PublishOutcome create(ChannelConnection channel, ObjectNode record, String rkey, String what) {
        if (channel.accountId() == null) {
            return new PublishOutcome.Failed(what + ": " + channel.handle() + " has no Bluesky account connected");
        }
        ObjectNode body = xrpc.object().put("repo", channel.accountId()).put("collection", RecordKeys.POST)
                .put("rkey", rkey);
        body.set("record", record);
        Xrpc.Answer answer = xrpc.procedure(channel.baseUrl(), "com.atproto.repo.createRecord", body,
                channel.accessToken(), what);
        if (answer.ok()) {
            String uri = Xrpc.text(answer.body(), "uri");
            return new PublishOutcome.Published(url(channel, rkey),
                    uri != null ? uri : RecordKeys.atUri(channel.accountId(), RecordKeys.POST, rkey));
        }
        if (answer.answered() && answer.status() / 100 == 4 && answer.message() != null
                && answer.message().toLowerCase(java.util.Locale.ROOT).contains("already")
                && find(channel, rkey) instanceof Verification.Found found) {
            return new PublishOutcome.Published(found.postUrl(), found.remoteId());
        }
        return answer.outcome();
    }

    /** Whether the account's repository holds the post record with this key. */
    Verification find(ChannelConnection channel, String rkey) {
        if (channel.accountId() == null) {
            return new Verification.CannotTell(channel.handle() + " has no Bluesky account connected");
        }
        String uri = RecordKeys.atUri(channel.accountId(), RecordKeys.POST, rkey);
        Xrpc.Answer answer = xrpc.query(channel.baseUrl(), "com.atproto.repo.getRecord", Map.of("repo",
                channel.accountId(), "collection", RecordKeys.POST, "rkey", rkey), channel.accessToken(),
                "Bluesky record " + uri);
        if (answer.ok()) {
            String stored = Xrpc.text(answer.body(), "uri");
            return new Verification.Found(url(channel, rkey), stored != null ? stored : uri);
        }
        if ("RecordNotFound".equals(answer.error()) || answer.status() == 404) {
            return new Verification.NotFound("read " + uri + " (the record key Engine Room gives this post): "
                    + "not in the account's repository");
        }
        return new Verification.CannotTell(answer.problem());
    }

    /** One post as the app view shows it ({@code app.bsky.feed.getPosts}), or the answer's problem. */
    Read post(ChannelConnection channel, String uri, String what) {
        Xrpc.Answer answer = xrpc.query(channel.baseUrl(), "app.bsky.feed.getPosts", Map.of("uris", List.of(uri)),
                channel.accessToken(), what);
        if (!answer.ok()) {
            return new Read(null, answer);
        }
        JsonNode post = answer.body().path("posts").path(0);
        return new Read(post.isObject() ? post : null, answer);
    }

    /** A post read, or null with the answer that says why not (gone: the answer is fine but has no post). */
    record Read(JsonNode post, Xrpc.Answer answer) {
    }

    /** The post's address in the Bluesky app, by the account's handle (its DID when the handle is not a domain). */
    static String url(ChannelConnection channel, String rkey) {
        String handle = channel.handle() == null ? "" : channel.handle().replaceFirst("^@", "");
        return RecordKeys.postUrl(handle.contains(".") ? handle : channel.accountId(), rkey);
    }
}
