package io.engineroom.inbox;

import java.time.Instant;
import java.util.List;

/** New interactions were accepted for a brand (published after they are durable; duplicates are not in it). */
record InteractionsReceived(String brandId, List<Received> interactions) {

    public record Received(String interactionId, Sentiment sentiment, Category category, Instant receivedAt) {
    }
}
