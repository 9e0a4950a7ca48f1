package io.engineroom.inbox;

/** PLACEHOLDER until helper-cls merges (theirs wins). */
public record Classification(Sentiment sentiment, double sentimentScore, double sentimentConfidence,
        Category category, double categoryConfidence, String model) {
}
