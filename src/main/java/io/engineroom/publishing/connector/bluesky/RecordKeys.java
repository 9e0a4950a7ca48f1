package io.engineroom.publishing.connector.bluesky;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Record keys and addresses of Bluesky records.
 * <p>
 * Engine Room names each post's record itself: its key ({@code rkey}) is a TID made from the post's idempotency key,
 * so the same post always has the same address. A repeated {@code createRecord} then cannot make a second post (the
 * repository already holds that key), and "was it posted?" is one {@code getRecord}. A TID is 64 bits in
 * base32-sortable (13 characters, top bit zero); the atproto docs say record-key TIDs "are not expected to be valid
 * timestamps, can be defined arbitrarily by clients" and are validated nowhere
 * (https://docs.bsky.app/docs/advanced-guides/timestamps, https://atproto.com/specs/record-key), so the 63 bits come
 * from the key's SHA-256.
 */
final class RecordKeys {

    static final String POST = "app.bsky.feed.post";
    private static final String BASE32_SORTABLE = "234567abcdefghijklmnopqrstuvwxyz";

    private RecordKeys() {
    }

    /** The TID for an idempotency key: always the same for the same key. */
    static String tid(String idempotencyKey) {
        long bits = ByteBuffer.wrap(sha256(idempotencyKey)).getLong() & Long.MAX_VALUE;
        char[] tid = new char[13];
        for (int i = 12; i >= 0; i--) {
            tid[i] = BASE32_SORTABLE.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        return new String(tid);
    }

    /** {@code at://<did>/<collection>/<rkey>}. */
    static String atUri(String did, String collection, String rkey) {
        return "at://" + did + "/" + collection + "/" + rkey;
    }

    /** The web address of a post in the Bluesky app. */
    static String postUrl(String handleOrDid, String rkey) {
        String actor = handleOrDid.startsWith("@") ? handleOrDid.substring(1) : handleOrDid;
        return "https://bsky.app/profile/" + actor + "/post/" + rkey;
    }

    /** An at-uri taken apart; null when it is not one of a record. */
    static AtUri parse(String uri) {
        if (uri == null || !uri.startsWith("at://")) {
            return null;
        }
        String[] parts = uri.substring(5).split("/");
        return parts.length == 3 && !parts[0].isBlank() && !parts[1].isBlank() && !parts[2].isBlank()
                ? new AtUri(parts[0], parts[1], parts[2]) : null;
    }

    record AtUri(String repo, String collection, String rkey) {
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
