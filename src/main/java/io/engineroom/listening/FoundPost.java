package io.engineroom.listening;

import java.time.Instant;

/**
 * One public post a source found for a term, as read (plain text, no markup).
 *
 * @param externalId the platform's id of the post, unique within its source
 * @param author the author's handle ("@ada@other.social")
 */
public record FoundPost(String externalId, TrackedTerm term, String author, String text, String url,
        Instant occurredAt) {
}
