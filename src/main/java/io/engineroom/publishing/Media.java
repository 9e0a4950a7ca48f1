package io.engineroom.publishing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One image or video to attach to a post.
 *
 * @param altText the description for people who cannot see it; may be null
 * @param sha256 the bytes' SHA-256 in lower-case hex; computed when null
 */
public record Media(byte[] bytes, String contentType, String fileName, String altText, String sha256) {

    public Media {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("Media without content");
        }
        if (contentType == null || contentType.isBlank() || fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("Media needs a content type and a file name");
        }
        if (sha256 == null) {
            sha256 = sha256Hex(bytes);
        }
    }

    /** Without a description. */
    public Media(byte[] bytes, String contentType, String fileName) {
        this(bytes, contentType, fileName, null, null);
    }

    public long sizeBytes() {
        return bytes.length;
    }

    public boolean video() {
        return contentType.startsWith("video/");
    }

    public String describe() {
        return fileName + " (" + contentType + ", " + bytes.length + " bytes, sha256 " + sha256.substring(0, 12)
                + ")";
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
