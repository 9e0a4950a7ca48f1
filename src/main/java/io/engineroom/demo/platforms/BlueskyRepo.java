package io.engineroom.demo.platforms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo Bluesky account's repository as the stand-in keeps it: its posts and replies are the
 * {@link ReceivedPosts} (id: the record's at-uri), its blocks and mutes a small set in memory, and every figure it
 * shows (followers, a post's likes and reposts) derived from the account, the post's at-uri or today's date, so a
 * newcomer's metrics look like a real account's and the same read gives the same number. Ids are in the
 * platform's formats: record keys are TIDs, content ids CIDv1 in base32, other accounts {@code did:plc}s.
 */
@Component
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class BlueskyRepo {

    static final String POST = "app.bsky.feed.post";
    static final String BLOCK = "app.bsky.graph.block";
    /** The day the demo account's follower count starts growing from (its base figure). */
    static final LocalDate FOLLOWERS_SINCE = LocalDate.of(2025, 1, 1);
    private static final String BASE32_SORTABLE = "234567abcdefghijklmnopqrstuvwxyz";
    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
    private static final int RAW = 0x55;
    private static final int DAG_CBOR = 0x71;
    private static final int KEPT = 200;

    private final ReceivedPosts posts;
    private final Clock clock;
    private final ObjectMapper json;
    private final Map<DemoAccount, Set<String>> blocked = new EnumMap<>(DemoAccount.class);
    private final Map<DemoAccount, Set<String>> muted = new EnumMap<>(DemoAccount.class);

    BlueskyRepo(ReceivedPosts posts, Clock clock, ObjectMapper json) {
        this.posts = posts;
        this.clock = clock;
        this.json = json;
    }

    ReceivedPosts posts() {
        return posts;
    }

    static String atUri(DemoAccount account, String collection, String rkey) {
        return "at://" + account.accountId() + "/" + collection + "/" + rkey;
    }

    /** Whether the actor (DID or handle, with or without {@code @}) is this account. */
    static boolean is(DemoAccount account, String actor) {
        String name = actor.startsWith("@") ? actor.substring(1) : actor;
        return name.equals(account.accountId()) || name.equalsIgnoreCase(account.handle().replaceFirst("^@", ""));
    }

    /** A fresh TID (a record key or revision): the stand-in's increasing number as microseconds, clock id 0. */
    String tid() {
        long bits = (Long.parseLong(posts.nextNumber()) << 10) & Long.MAX_VALUE;
        char[] tid = new char[13];
        for (int i = 12; i >= 0; i--) {
            tid[i] = BASE32_SORTABLE.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        return new String(tid);
    }

    /** The CIDv1 (SHA-256) of a blob's bytes, as {@code uploadBlob} answers it. */
    static String blobCid(byte[] bytes) {
        return cid(RAW, sha256(bytes));
    }

    /** A record's CID: here of its at-uri and text, so every read of the same post shows the same one. */
    static String recordCid(String uri, String text) {
        return cid(DAG_CBOR, sha256((uri + "\n" + (text == null ? "" : text)).getBytes(StandardCharsets.UTF_8)));
    }

    /** Someone else's DID for a handle: the demo resolves every handle, as every author exists on Bluesky. */
    static String didOf(String handle) {
        return "did:plc:" + base32(sha256(handle.toLowerCase().getBytes(StandardCharsets.UTF_8))).substring(0, 24);
    }

    private static String cid(int codec, byte[] digest) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0x01);
        bytes.write(codec);
        bytes.write(0x12);
        bytes.write(0x20);
        bytes.writeBytes(digest);
        return "b" + base32(bytes.toByteArray());
    }

    private static String base32(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(BASE32.charAt((buffer >>> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return text.toString();
    }

    /** A number from 0 to {@code bound - 1} that a text always gives. */
    static long figure(String text, int salt, long bound) {
        long bits = ByteBuffer.wrap(sha256((salt + ":" + text).getBytes(StandardCharsets.UTF_8))).getLong();
        return Math.floorMod(bits, bound);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The account's profile ({@code app.bsky.actor.defs#profileViewDetailed}). */
    ObjectNode profile(DemoAccount account) {
        long days = Math.max(0, ChronoUnit.DAYS.between(FOLLOWERS_SINCE, LocalDate.now(clock.withZone(
                ZoneOffset.UTC))));
        long ownPosts = posts.of(account).stream().filter(post -> post.id().startsWith("at://")).count();
        return author(account).put("description", "The demo's " + account.displayName() + " on Bluesky (a stand-in)")
                .put("followersCount", 2_400 + figure(account.accountId(), 1, 100) + 6 * days)
                .put("followsCount", 120 + figure(account.accountId(), 2, 60))
                .put("postsCount", 310 + ownPosts).put("indexedAt", "2024-11-18T09:00:00.000Z");
    }

    /** The account as an author ({@code profileViewBasic}). */
    ObjectNode author(DemoAccount account) {
        return json.createObjectNode().put("did", account.accountId())
                .put("handle", account.handle().replaceFirst("^@", "")).put("displayName", account.displayName());
    }

    /** Someone else's account as an author, named from their DID. */
    ObjectNode someone(String did) {
        String name = did.replaceFirst("^did:plc:", "");
        return json.createObjectNode().put("did", did)
                .put("handle", name.substring(0, Math.min(8, name.length())) + ".bsky.social");
    }

    void block(DemoAccount account, String did) {
        remember(blocked, account, did);
    }

    void mute(DemoAccount account, String did) {
        remember(muted, account, did);
    }

    /** The DIDs the account blocked, oldest first. */
    synchronized List<String> blocked(DemoAccount account) {
        return new ArrayList<>(blocked.getOrDefault(account, Set.of()));
    }

    /** The DIDs the account muted, oldest first. */
    synchronized List<String> muted(DemoAccount account) {
        return new ArrayList<>(muted.getOrDefault(account, Set.of()));
    }

    private synchronized void remember(Map<DemoAccount, Set<String>> kept, DemoAccount account, String did) {
        Set<String> dids = kept.computeIfAbsent(account, any -> new LinkedHashSet<>());
        dids.add(did);
        if (dids.size() > KEPT) {
            dids.remove(dids.iterator().next());
        }
    }

    /** One of the account's own posts or replies, by at-uri. */
    Optional<ReceivedPosts.Post> own(DemoAccount account, String uri) {
        return posts.find(account, uri);
    }
}
