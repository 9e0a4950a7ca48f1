package io.engineroom.content;

import io.engineroom.base.InvalidInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads an uploaded file once: its type from the first bytes, then the rest while hashing it, stopping as soon as
 * it is of the wrong type or over its type's size limit, so a large or unwanted upload is never read to the end.
 */
final class AssetIntake {

    private static final int BUFFER = 64 * 1024;

    /** A file that passed: its type, bytes and SHA-256 (lower-case hex). */
    record Accepted(AssetType type, byte[] bytes, String sha256) {
    }

    private AssetIntake() {
    }

    static Accepted read(InputStream in, AssetLimits limits) {
        try {
            byte[] head = in.readNBytes(AssetType.HEAD_LENGTH);
            if (head.length == 0) {
                throw new InvalidInput("file", "The file is empty");
            }
            AssetType type = AssetType.detect(head).orElseThrow(() -> new InvalidInput("file",
                    "Only " + AssetType.allowedNames() + " files can be added; this file is none of them"));
            long max = limits.maxSize(type).toBytes();
            if (head.length > max) {
                throw tooLarge(type, max);
            }
            MessageDigest sha256 = sha256();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            sha256.update(head);
            bytes.write(head);
            byte[] buffer = new byte[BUFFER];
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                if (bytes.size() + (long) read > max) {
                    throw tooLarge(type, max);
                }
                sha256.update(buffer, 0, read);
                bytes.write(buffer, 0, read);
            }
            return new Accepted(type, bytes.toByteArray(), HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("The upload broke off", e);
        }
    }

    private static InvalidInput tooLarge(AssetType type, long max) {
        return new InvalidInput("file", (type.video() ? "Videos" : "Images") + " may be at most "
                + AssetSizes.format(max) + "; this one is larger");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
