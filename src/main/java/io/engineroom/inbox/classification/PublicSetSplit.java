package io.engineroom.inbox.classification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Splits a public labelled set that its publisher did not split (the SMS Spam Collection, Davidson et al.'s tweets)
 * into a half the heads may learn from and a half kept for evaluation, by a hash of the text: the same text always
 * falls on the same side, whoever reads the file and in whatever order, so a sample shipped for training can never
 * be one the benchmark or the retraining screen scores. Sets the publisher split (banking77's train and test files)
 * keep the publisher's split.
 */
public final class PublicSetSplit {

    private PublicSetSplit() {
    }

    /** True for the evaluation half: the first byte of SHA-256 of the {@linkplain #normalised normalised} text even. */
    public static boolean isEvaluation(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalised(text).getBytes(StandardCharsets.UTF_8));
            return (digest[0] & 1) == 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK always has SHA-256", e);
        }
    }

    /** Case, Unicode form and runs of white space folded, as the benchmark's leakage check compares texts. */
    public static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip()
                .replaceAll("\\s+", " ");
    }
}
