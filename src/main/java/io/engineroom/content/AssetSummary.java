package io.engineroom.content;

import java.time.Instant;

/** What is known about one asset of a content item, without its bytes. */
public record AssetSummary(long id, long contentItemId, String fileName, String contentType, long sizeBytes,
        String sha256, String altText, String uploadedBy, Instant uploadedAt) {

    /** The first 12 hex digits: enough for a person to tell two files apart. */
    public String shortChecksum() {
        return sha256.substring(0, 12);
    }

    public boolean video() {
        return contentType.startsWith("video/");
    }
}
