package io.engineroom.inbox.classification.evaluation;

import io.engineroom.inbox.Sentiment;

/**
 * One text of VADER's ground truth and the mean of the human ratings it got (-4 very negative .. 4 very
 * positive). The bands were fixed before any classifier was run on the set and stay fixed: moving them after
 * seeing the results would tune the evaluation to the model.
 */
public record RatedText(String text, double mean) {

    /** At or below this mean the raters found the text negative. */
    public static final double NEGATIVE_AT_MOST = -0.5;
    /** At or above this mean the raters found the text positive; between the two, neutral. */
    public static final double POSITIVE_AT_LEAST = 0.5;

    public Sentiment band() {
        if (mean <= NEGATIVE_AT_MOST) {
            return Sentiment.NEGATIVE;
        }
        return mean >= POSITIVE_AT_LEAST ? Sentiment.POSITIVE : Sentiment.NEUTRAL;
    }

    /** Clearly positive or negative (|mean| at least 0.5): the texts the two-way figure is taken on. */
    public boolean polar() {
        return band() != Sentiment.NEUTRAL;
    }
}
