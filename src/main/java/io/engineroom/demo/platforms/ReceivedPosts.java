package io.engineroom.demo.platforms;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * What the demo's platform stand-ins received, per account, newest first: the posts, replies and messages the
 * connectors sent, so a stand-in can answer the reads a connector makes after writing (its recent posts, when
 * "Verify publication" looks for a post; a post's counts for metrics), and a newcomer or a test can see that each
 * post went out once. Kept in memory (the stand-ins are a demonstration, and a restart starts them empty) and
 * bounded, so a demo left running for weeks does not grow.
 */
@Component
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
public class ReceivedPosts {

    /** How many posts each account keeps; older ones are forgotten. */
    static final int KEPT_PER_ACCOUNT = 500;

    /**
     * One item a stand-in received.
     *
     * @param id        the platform's id the stand-in gave it (or the client chose, as Bluesky's record key)
     * @param text      the text as sent
     * @param media     what came with it (media ids, alt texts or addresses, as the platform's request names them)
     * @param inReplyTo the platform id it answers, or null for a post of its own
     * @param at        when the stand-in received it
     */
    public record Post(String id, DemoAccount account, String text, List<String> media, String inReplyTo,
            Instant at) {

        public Post {
            media = List.copyOf(media);
        }
    }

    private final Map<DemoAccount, Deque<Post>> posts = new EnumMap<>(DemoAccount.class);
    private final AtomicLong numbers = new AtomicLong(System.currentTimeMillis() * 1000);
    private final Clock clock;

    ReceivedPosts(Clock clock) {
        this.clock = clock;
    }

    /** Records what the account received and returns it; {@code id} is the platform's id for it. */
    public synchronized Post add(DemoAccount account, String id, String text, List<String> media, String inReplyTo) {
        Post post = new Post(id, account, text, media, inReplyTo, clock.instant());
        Deque<Post> kept = posts.computeIfAbsent(account, any -> new ArrayDeque<>());
        kept.addFirst(post);
        while (kept.size() > KEPT_PER_ACCOUNT) {
            kept.removeLast();
        }
        return post;
    }

    /** The account's posts, newest first. */
    public synchronized List<Post> of(DemoAccount account) {
        return new ArrayList<>(posts.getOrDefault(account, new ArrayDeque<>()));
    }

    public synchronized Optional<Post> find(DemoAccount account, String id) {
        return posts.getOrDefault(account, new ArrayDeque<>()).stream().filter(post -> post.id().equals(id))
                .findFirst();
    }

    /** Deletes one of the account's own posts (a connector deleting a reply); false when it has none by that id. */
    public synchronized boolean remove(DemoAccount account, String id) {
        return posts.getOrDefault(account, new ArrayDeque<>()).removeIf(post -> post.id().equals(id));
    }

    /** A fresh numeric id, larger than any before, for platforms whose ids are numbers (X, Mastodon, Meta). */
    public String nextNumber() {
        return Long.toString(numbers.incrementAndGet());
    }
}
