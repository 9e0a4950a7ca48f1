package io.engineroom.inbox.classification;

import io.engineroom.inbox.Category;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multinomial naive Bayes over feature counts, with Laplace (add-one) smoothing and log-probabilities so long
 * texts do not underflow. Built once from labelled examples, then read-only: safe to share between threads.
 * Features never seen in training say nothing and are skipped.
 */
final class NaiveBayesModel {

    /** UNCLASSIFIED is no class of the model: a person sets it, for text the model does not read */
    static final Category[] CATEGORIES = Category.modelled();

    private final double[] logPriors;
    /** per feature, log P(feature | category) for each category, by ordinal */
    private final Map<String, double[]> logLikelihoods;

    private NaiveBayesModel(double[] logPriors, Map<String, double[]> logLikelihoods) {
        this.logPriors = logPriors;
        this.logLikelihoods = logLikelihoods;
    }

    /** @param examples each example's features and its category */
    static NaiveBayesModel train(List<List<String>> examples, List<Category> labels) {
        int classes = CATEGORIES.length;
        int[] documents = new int[classes];
        long[] featureTotals = new long[classes];
        Map<String, long[]> counts = new HashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            int label = labels.get(i).ordinal();
            documents[label]++;
            for (String feature : examples.get(i)) {
                counts.computeIfAbsent(feature, key -> new long[classes])[label]++;
                featureTotals[label]++;
            }
        }
        double vocabulary = counts.size();
        double[] logPriors = new double[classes];
        for (int c = 0; c < classes; c++) {
            // a category without examples gets a tiny prior rather than log(0), so scoring never sees -infinity
            logPriors[c] = Math.log((documents[c] + 0.01) / (examples.size() + 0.01 * classes));
        }
        Map<String, double[]> logLikelihoods = new HashMap<>(counts.size() * 2);
        counts.forEach((feature, perClass) -> {
            double[] logs = new double[classes];
            for (int c = 0; c < classes; c++) {
                logs[c] = Math.log((perClass[c] + 1.0) / (featureTotals[c] + vocabulary));
            }
            logLikelihoods.put(feature, logs);
        });
        return new NaiveBayesModel(logPriors, Map.copyOf(logLikelihoods));
    }

    /** log P(category) + Σ log P(feature | category), by category ordinal: the unnormalised log posterior. */
    double[] logJoint(List<String> features) {
        double[] scores = logPriors.clone();
        for (String feature : features) {
            double[] logs = logLikelihoods.get(feature);
            if (logs != null) {
                for (int c = 0; c < scores.length; c++) {
                    scores[c] += logs[c];
                }
            }
        }
        return scores;
    }

    /**
     * Softmax of the log posteriors divided by a temperature: 1 is the model's own posterior; higher spreads it.
     * Naive Bayes counts correlated words (and each word's pairs) as independent evidence, so its own posteriors
     * are too sure of themselves; a temperature fitted on held-out folds brings them back towards how often it
     * is right.
     */
    static double[] posterior(double[] logJoint, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double score : logJoint) {
            max = Math.max(max, score);
        }
        double[] probabilities = new double[logJoint.length];
        double sum = 0;
        for (int c = 0; c < logJoint.length; c++) {
            probabilities[c] = Math.exp((logJoint[c] - max) / temperature);
            sum += probabilities[c];
        }
        for (int c = 0; c < probabilities.length; c++) {
            probabilities[c] /= sum;
        }
        return probabilities;
    }

    static int best(double[] scores) {
        int best = 0;
        for (int c = 1; c < scores.length; c++) {
            if (scores[c] > scores[best]) {
                best = c;
            }
        }
        return best;
    }

    int vocabularySize() {
        return logLikelihoods.size();
    }
}
