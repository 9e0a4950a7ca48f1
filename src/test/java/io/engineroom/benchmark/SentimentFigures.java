package io.engineroom.benchmark;

import io.engineroom.inbox.Classification;
import io.engineroom.inbox.Sentiment;
import io.engineroom.inbox.classification.evaluation.ConfusionMatrix;
import io.engineroom.inbox.classification.evaluation.RatedText;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Sentiment graded against VADER's human ratings: three bands, and two-way on the clearly rated texts. The target is
 * the two-way figure by the score's sign: positive against negative on texts people clearly rated, the measure the
 * issue's comparisons (lexicon scorers on review sentences that are all positive or negative) and DESIGN.md's
 * figures use. The three-band accuracy is printed beside it, with its confusion matrix: the neutral band (a mean
 * rating within 0.5 of zero on VADER's -4..4 scale) is where the model is weakest, and nobody should read the
 * target as saying otherwise.
 */
final class SentimentFigures {

    static final double TARGET_ACCURACY = 0.85;

    private SentimentFigures() {
    }

    /** Prints the figures of one set; returns the target's verdict line (meaningful when {@code targeted}). */
    static String report(String name, List<RatedText> texts, Function<String, Classification> classifier,
            boolean targeted) {
        String target = String.format(Locale.ROOT, "sentiment accuracy (%s, positive vs negative by the score's sign "
                + "on |mean| >= 0.5) >= %.2f", name, TARGET_ACCURACY);
        if (texts.isEmpty()) {
            System.out.printf("%n--- Sentiment: %s: NOT run, no file ---%n", name);
            return target + ": NOT run (its file is missing, see MISSING above)";
        }
        ConfusionMatrix<Sentiment> matrix = new ConfusionMatrix<>(Sentiment.class);
        TwoWay twoWay = new TwoWay();
        for (RatedText text : texts) {
            Classification said = classifier.apply(text.text());
            matrix.add(text.band(), said.sentiment());
            twoWay.add(text, said);
        }
        System.out.printf(Locale.ROOT, "%n--- Sentiment: %s, %,d texts; bands: mean <= %.1f negative, >= %.1f "
                + "positive ---%n", name, matrix.total(), RatedText.NEGATIVE_AT_MOST, RatedText.POSITIVE_AT_LEAST);
        System.out.print(matrix.table(Sentiment::label));
        System.out.printf(Locale.ROOT, "accuracy %.3f, macro-F1 %.3f; two-way on |mean| >= 0.5 (%,d texts): "
                + "%.3f by the sign of the score, %.3f by the label (neutral counts as wrong)%n", matrix.accuracy(),
                matrix.macroF1(), twoWay.polar, twoWay.bySign(), twoWay.byLabel());
        return String.format(Locale.ROOT, "%s: %.3f %s (by the label %.3f; three bands %.3f, macro-F1 %.3f)",
                target, twoWay.bySign(), twoWay.bySign() >= TARGET_ACCURACY ? "met" : "NOT met", twoWay.byLabel(),
                matrix.accuracy(), matrix.macroF1());
    }

    /** The figure VADER's paper and DESIGN.md quote: positive against negative on texts people clearly rated. */
    static final class TwoWay {
        int polar;
        int rightBySign;
        int rightByLabel;

        void add(RatedText text, Classification said) {
            if (!text.polar()) {
                return;
            }
            polar++;
            boolean positive = text.band() == Sentiment.POSITIVE;
            if (positive ? said.sentimentScore() > 0 : said.sentimentScore() < 0) {
                rightBySign++;
            }
            if (said.sentiment() == text.band()) {
                rightByLabel++;
            }
        }

        double bySign() {
            return polar == 0 ? Double.NaN : (double) rightBySign / polar;
        }

        double byLabel() {
            return polar == 0 ? Double.NaN : (double) rightByLabel / polar;
        }
    }
}
