package io.engineroom.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * Which corrections train a candidate and which grade it. Recent corrections (made at or after the window's start)
 * are split in halves by their interaction's id, the same way on every retraining and every node, so a candidate is
 * never graded on a text it or an earlier candidate was trained on; older corrections all train. The id is hashed
 * (SHA-256) so the halves do not follow how ids were made.
 */
final class CorrectionSplit {

    private final Instant windowStart;

    CorrectionSplit(Instant windowStart) {
        this.windowStart = windowStart;
    }

    boolean heldOut(LabelledExample example) {
        return example.correctedAt() != null && !example.correctedAt().isBefore(windowStart)
                && inHeldOutHalf(example.interactionId());
    }

    static boolean inHeldOutHalf(String interactionId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(interactionId.getBytes(StandardCharsets.UTF_8));
            return (hash[0] & 1) == 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK always has SHA-256", e);
        }
    }
}
