package io.engineroom.inbox.classification;

import java.util.Arrays;
import java.util.List;

/**
 * Multinomial logistic regression: one weight vector and bias per class, the class probabilities the softmax of
 * their scores. Linear on purpose: the sentence embedding already places texts that mean alike close together, so
 * a linear read of it is what a few hundred labelled lines can support without learning them by heart, and the
 * probabilities it gives are calibrated enough to ask a person to check the doubtful ones. Trained by minimising
 * the mean cross-entropy plus an L2 penalty on the weights (not the biases) with {@link Lbfgs}: convex, so the
 * same examples always give the same head. Immutable, so one instance serves every thread.
 */
final class LogisticHead {

    private final List<String> classes;
    private final float[][] weights;
    private final float[] biases;

    LogisticHead(List<String> classes, float[][] weights, float[] biases) {
        if (classes.size() < 2 || weights.length != classes.size() || biases.length != classes.size()) {
            throw new IllegalArgumentException("A head needs a weight vector and a bias for each of its 2+ classes");
        }
        int features = weights[0].length;
        if (Arrays.stream(weights).anyMatch(row -> row.length != features)) {
            throw new IllegalArgumentException("Every class of a head must weigh the same features");
        }
        this.classes = List.copyOf(classes);
        this.weights = Arrays.stream(weights).map(float[]::clone).toArray(float[][]::new);
        this.biases = biases.clone();
    }

    /**
     * @param labels index into {@code classes} of each example's class
     * @param l2 the penalty on the squared weights: larger keeps the head simpler, smaller fits the examples closer
     */
    static LogisticHead train(List<String> classes, double[][] examples, int[] labels, double l2) {
        int k = classes.size();
        int d = examples[0].length;
        double[] solution = Lbfgs.minimise(new double[k * (d + 1)],
                (parameters, gradient) -> loss(parameters, gradient, examples, labels, k, l2));
        float[][] weights = new float[k][d];
        float[] biases = new float[k];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                weights[c][j] = (float) solution[c * (d + 1) + j];
            }
            biases[c] = (float) solution[c * (d + 1) + d];
        }
        return new LogisticHead(classes, weights, biases);
    }

    /** The probability of each class, in the order of {@link #classes()}; they sum to 1. */
    double[] probabilities(double[] features) {
        if (features.length != features()) {
            throw new IllegalArgumentException("This head reads " + features() + " features, not " + features.length);
        }
        double[] scores = new double[classes.size()];
        for (int c = 0; c < scores.length; c++) {
            double score = biases[c];
            for (int j = 0; j < features.length; j++) {
                score += weights[c][j] * features[j];
            }
            scores[c] = score;
        }
        return softmax(scores);
    }

    List<String> classes() {
        return classes;
    }

    int features() {
        return weights[0].length;
    }

    float[][] weights() {
        return Arrays.stream(weights).map(float[]::clone).toArray(float[][]::new);
    }

    float[] biases() {
        return biases.clone();
    }

    /** Mean cross-entropy plus l2/2 · |weights|²; writes its gradient into {@code gradient}. */
    private static double loss(double[] parameters, double[] gradient, double[][] examples, int[] labels, int k,
            double l2) {
        int d = examples[0].length;
        Arrays.fill(gradient, 0);
        double loss = 0;
        double[] scores = new double[k];
        for (int i = 0; i < examples.length; i++) {
            double[] x = examples[i];
            for (int c = 0; c < k; c++) {
                int offset = c * (d + 1);
                double score = parameters[offset + d];
                for (int j = 0; j < d; j++) {
                    score += parameters[offset + j] * x[j];
                }
                scores[c] = score;
            }
            double[] p = softmax(scores);
            loss -= Math.log(Math.max(p[labels[i]], 1e-300));
            for (int c = 0; c < k; c++) {
                double error = (p[c] - (c == labels[i] ? 1 : 0)) / examples.length;
                int offset = c * (d + 1);
                for (int j = 0; j < d; j++) {
                    gradient[offset + j] += error * x[j];
                }
                gradient[offset + d] += error;
            }
        }
        loss /= examples.length;
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                double w = parameters[c * (d + 1) + j];
                loss += l2 / 2 * w * w;
                gradient[c * (d + 1) + j] += l2 * w;
            }
        }
        return loss;
    }

    /** Shifted by the largest score first, so large scores cannot overflow. */
    static double[] softmax(double[] scores) {
        double max = Arrays.stream(scores).max().orElse(0);
        double[] p = new double[scores.length];
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            p[c] = Math.exp(scores[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }
}
