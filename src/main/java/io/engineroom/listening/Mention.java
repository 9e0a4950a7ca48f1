package io.engineroom.listening;

import io.engineroom.inbox.Sentiment;
import java.time.Instant;

/**
 * A stored public post found for a brand.
 *
 * @param term the term it was found for, as shown ("#coffee")
 * @param competitor whose voice it counts for; null: the brand's own
 */
public record Mention(long id, String source, String term, String competitor, String author, String text,
        String url, Instant occurredAt, Sentiment sentiment) {
}
