package io.engineroom.demo.platforms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The stand-in's posts as Bluesky shows them: a post record's value ({@code getRecord}) and a post view with its
 * counts ({@code getPosts}), rebuilt from {@link ReceivedPosts}. A reply names its parent and its thread's root, as
 * the connector reads them to answer in the same thread.
 * <p>
 * Posts of other accounts: the demo's interactions come from its simulator (ids the stand-in never issued), not
 * from Bluesky, so any post that is not the account's own is shown as someone's post, and a reply to it goes out in
 * its thread as on Bluesky. The account's own post that the stand-in does not hold (deleted, or from before a
 * restart) is gone, as Bluesky leaves it out.
 */
@Component
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class BlueskyFeed {

    private static final int MAX_DEPTH = 50;

    private final BlueskyRepo repo;
    private final ObjectMapper json;

    BlueskyFeed(BlueskyRepo repo, ObjectMapper json) {
        this.repo = repo;
        this.json = json;
    }

    /** Whether the at-uri names a record in this account's repository. */
    static boolean ownUri(DemoAccount account, String uri) {
        return uri.startsWith("at://" + account.accountId() + "/");
    }

    /** The post record as stored ({@code app.bsky.feed.post}): text, creation time, and the thread it is in. */
    ObjectNode value(DemoAccount account, ReceivedPosts.Post post) {
        ObjectNode value = json.createObjectNode().put("$type", BlueskyRepo.POST).put("text", post.text())
                .put("createdAt", timestamp(post.at()));
        if (post.inReplyTo() != null) {
            ObjectNode reply = value.putObject("reply");
            reply.set("root", ref(account, root(account, post.inReplyTo())));
            reply.set("parent", ref(account, post.inReplyTo()));
        }
        return value;
    }

    /** A post view ({@code app.bsky.feed.defs#postView}) with its counts; empty when the account's post is gone. */
    Optional<ObjectNode> view(DemoAccount account, String uri) {
        ObjectNode view = json.createObjectNode().put("uri", uri);
        if (ownUri(account, uri)) {
            Optional<ReceivedPosts.Post> post = repo.own(account, uri);
            if (post.isEmpty()) {
                return Optional.empty();
            }
            view.put("cid", BlueskyRepo.recordCid(uri, post.get().text()));
            view.set("author", repo.author(account));
            view.set("record", value(account, post.get()));
            view.put("indexedAt", timestamp(post.get().at()));
        } else {
            view.put("cid", BlueskyRepo.recordCid(uri, null));
            view.set("author", repo.someone(repo(uri)));
            view.set("record", json.createObjectNode().put("$type", BlueskyRepo.POST).put("text", "")
                    .put("createdAt", "2026-01-01T00:00:00.000Z"));
            view.put("indexedAt", "2026-01-01T00:00:00.000Z");
        }
        long replies = repo.posts().of(account).stream().filter(post -> uri.equals(post.inReplyTo())).count();
        // a first day's figures, the same on every read of the post
        return Optional.of(view.put("replyCount", replies + BlueskyRepo.figure(uri, 3, 5))
                .put("repostCount", BlueskyRepo.figure(uri, 4, 14)).put("likeCount", 6 + BlueskyRepo.figure(uri, 5, 70))
                .put("quoteCount", BlueskyRepo.figure(uri, 6, 4)));
    }

    /** The root of the thread a post is in: up through the account's own replies, else the post answered. */
    private String root(DemoAccount account, String uri) {
        String root = uri;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Optional<ReceivedPosts.Post> post = ownUri(account, root) ? repo.own(account, root) : Optional.empty();
            if (post.isEmpty() || post.get().inReplyTo() == null) {
                return root;
            }
            root = post.get().inReplyTo();
        }
        return root;
    }

    private ObjectNode ref(DemoAccount account, String uri) {
        String text = ownUri(account, uri) ? repo.own(account, uri).map(ReceivedPosts.Post::text).orElse(null)
                : null;
        return json.createObjectNode().put("uri", uri).put("cid", BlueskyRepo.recordCid(uri, text));
    }

    /** The repository of an at-uri; for an id that is not one, a DID made from it. */
    private static String repo(String uri) {
        if (uri.startsWith("at://did:")) {
            return uri.substring(5).split("/")[0];
        }
        return BlueskyRepo.didOf(uri);
    }

    static String timestamp(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
