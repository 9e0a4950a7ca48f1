package io.engineroom.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of file a content item may carry, recognised by their first bytes (magic numbers) and never by the
 * name or the type a browser claims: a renamed text file stays a text file.
 */
public enum AssetType {
    PNG("image/png", "PNG", false),
    JPEG("image/jpeg", "JPEG", false),
    GIF("image/gif", "GIF", false),
    WEBP("image/webp", "WebP", false),
    MP4("video/mp4", "MP4", true);

    /** Bytes needed to tell every type apart (WebP and MP4 name themselves at offset 8). */
    static final int HEAD_LENGTH = 12;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** ISO base media "major brands" of MP4 files; other ftyp files (QuickTime, HEIC, 3GP) are not MP4. */
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41",
            "mp42", "avc1", "M4V ", "dash", "mmp4", "MSNV");

    private final String contentType;
    private final String displayName;
    private final boolean video;

    AssetType(String contentType, String displayName, boolean video) {
        this.contentType = contentType;
        this.displayName = displayName;
        this.video = video;
    }

    public String contentType() {
        return contentType;
    }

    public boolean video() {
        return video;
    }

    /** "PNG, JPEG, GIF, WebP or MP4": for messages that say what is allowed. */
    public static String allowedNames() {
        String all = Arrays.stream(values()).map(type -> type.displayName).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }

    /** The type whose signature the file starts with, if any. */
    static Optional<AssetType> detect(byte[] head) {
        if (startsWith(head, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, ascii("GIF87a")) || startsWith(head, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (startsWith(head, 0, ascii("RIFF")) && startsWith(head, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        if (startsWith(head, 4, ascii("ftyp")) && head.length >= 12
                && MP4_BRANDS.contains(new String(head, 8, 4, StandardCharsets.ISO_8859_1))) {
            return Optional.of(MP4);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int offset, byte[] signature) {
        return head.length >= offset + signature.length
                && Arrays.equals(head, offset, offset + signature.length, signature, 0, signature.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
