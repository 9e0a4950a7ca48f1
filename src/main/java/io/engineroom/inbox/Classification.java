package io.engineroom.inbox;

import java.util.Objects;

/**
 * What the classifier made of one interaction's text. Confidences are in 0..1 so a view can ask a person to check
 * the doubtful ones; {@code model} names the models that decided, so a stored classification (and a person's
 * correction of it) can be told apart from one made by a later model.
 *
 * @param sentimentScore -1 (very negative) .. 1 (very positive); {@code sentiment} is this score read through the
 *        neutral band
 */
public record Classification(Sentiment sentiment, double sentimentScore, double sentimentConfidence,
        Category category, double categoryConfidence, String model) {

    public Classification {
        Objects.requireNonNull(sentiment, "sentiment");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(model, "model");
        requireBetween("sentimentScore", sentimentScore, -1, 1);
        requireBetween("sentimentConfidence", sentimentConfidence, 0, 1);
        requireBetween("categoryConfidence", categoryConfidence, 0, 1);
    }

    private static void requireBetween(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", was " + value);
        }
    }
}
