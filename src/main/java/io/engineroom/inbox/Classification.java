package io.engineroom.inbox;

import java.util.Objects;

/**
 * What the classifier made of one interaction's text. Confidences are in 0..1 so a view can ask a person to check
 * the doubtful ones; {@code model} names the models that decided, so a stored classification (and a person's
 * correction of it) can be told apart from one made by a later model.
 *
 * @param sentimentScore -1 (very negative) .. 1 (very positive); {@code sentiment} is this score read through the
 *        neutral band
 * @param language the text's language, ISO 639-1 ("en", "es"), or null where it was too short to tell (then it was
 *        read as English)
 */
public record Classification(Sentiment sentiment, double sentimentScore, double sentimentConfidence,
        Category category, double categoryConfidence, String model, String language) {

    public Classification {
        Objects.requireNonNull(sentiment, "sentiment");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(model, "model");
        requireBetween("sentimentScore", sentimentScore, -1, 1);
        requireBetween("sentimentConfidence", sentimentConfidence, 0, 1);
        requireBetween("categoryConfidence", categoryConfidence, 0, 1);
    }

    /** A model's reading, before the language is known. */
    public Classification(Sentiment sentiment, double sentimentScore, double sentimentConfidence, Category category,
            double categoryConfidence, String model) {
        this(sentiment, sentimentScore, sentimentConfidence, category, categoryConfidence, model, null);
    }

    /**
     * Text in a language the models do not read: no sentiment and no category guessed (neutral and unclassified,
     * both with confidence 0), so routing hands it to a person who reads it.
     *
     * @param model what decided that the models could not read it
     */
    public static Classification unclassified(String language, String model) {
        return new Classification(Sentiment.NEUTRAL, 0, 0, Category.UNCLASSIFIED, 0, model,
                Objects.requireNonNull(language, "language"));
    }

    public Classification inLanguage(String language) {
        return new Classification(sentiment, sentimentScore, sentimentConfidence, category, categoryConfidence, model,
                language);
    }

    private static void requireBetween(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", was " + value);
        }
    }
}
