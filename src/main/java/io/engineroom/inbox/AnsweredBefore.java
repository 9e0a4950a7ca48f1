package io.engineroom.inbox;

import java.time.Instant;

/**
 * A past interaction of the same brand that means much the same as the one being answered, and the reply that went
 * out to it: a starting point for the person answering now. Texts are to be shown as text.
 *
 * @param similarity cosine similarity of the two texts' embeddings, {@link SimilarInteractions#MIN_SIMILARITY} to 1
 * @param occurredAt when the author wrote it
 * @param replySentBy who sent the reply (null when the record does not say)
 */
public record AnsweredBefore(String interactionId, double similarity, String text, String authorHandle,
        Instant occurredAt, String replyText, String replySentBy, Instant repliedAt) {
}
