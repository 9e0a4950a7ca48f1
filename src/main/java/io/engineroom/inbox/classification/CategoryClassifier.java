package io.engineroom.inbox.classification;

import io.engineroom.inbox.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The category model: naive Bayes trained on the labelled corpus, with its confidence calibrated. Calibration is
 * temperature scaling fitted by cross-validation at start-up: the corpus is split into folds, each fold is scored
 * by a model trained on the others, and the temperature that gives those held-out scores the best log-likelihood
 * is kept. So a confidence of 0.7 means roughly "right seven times in ten" on unseen text, which is what a person
 * deciding whether to check a classification needs. Cheap: the corpus is a few hundred lines.
 */
final class CategoryClassifier {

    static final String DEFAULT_CORPUS = "/inbox/category-training.csv";

    private static final int FOLDS = 5;
    private static final double[] TEMPERATURES = temperatures();

    record Guess(Category category, double confidence, double[] posterior) {
    }

    private final NaiveBayesModel model;
    private final double temperature;

    private CategoryClassifier(NaiveBayesModel model, double temperature) {
        this.model = model;
        this.temperature = temperature;
    }

    /** @param features how a text becomes features; the same function is used for training and for scoring */
    static CategoryClassifier train(List<LabelledText> corpus, Function<String, List<String>> features) {
        List<List<String>> examples = new ArrayList<>(corpus.size());
        List<Category> labels = new ArrayList<>(corpus.size());
        for (LabelledText example : corpus) {
            examples.add(features.apply(example.text()));
            labels.add(example.category());
        }
        return new CategoryClassifier(NaiveBayesModel.train(examples, labels), fitTemperature(examples, labels));
    }

    Guess classify(List<String> features) {
        double[] posterior = NaiveBayesModel.posterior(model.logJoint(features), temperature);
        int best = NaiveBayesModel.best(posterior);
        return new Guess(NaiveBayesModel.CATEGORIES[best], posterior[best], posterior);
    }

    double temperature() {
        return temperature;
    }

    int vocabularySize() {
        return model.vocabularySize();
    }

    /** Folds by position (every FOLDS-th example), so the fit is the same on every start. */
    private static double fitTemperature(List<List<String>> examples, List<Category> labels) {
        List<double[]> heldOutScores = new ArrayList<>(examples.size());
        List<Integer> heldOutLabels = new ArrayList<>(examples.size());
        for (int fold = 0; fold < FOLDS; fold++) {
            List<List<String>> trainExamples = new ArrayList<>();
            List<Category> trainLabels = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (i % FOLDS != fold) {
                    trainExamples.add(examples.get(i));
                    trainLabels.add(labels.get(i));
                }
            }
            NaiveBayesModel foldModel = NaiveBayesModel.train(trainExamples, trainLabels);
            for (int i = fold; i < examples.size(); i += FOLDS) {
                heldOutScores.add(foldModel.logJoint(examples.get(i)));
                heldOutLabels.add(labels.get(i).ordinal());
            }
        }
        double bestTemperature = 1;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (double temperature : TEMPERATURES) {
            double loss = 0;
            for (int i = 0; i < heldOutScores.size(); i++) {
                double p = NaiveBayesModel.posterior(heldOutScores.get(i), temperature)[heldOutLabels.get(i)];
                loss -= Math.log(Math.max(p, 1e-12));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                bestTemperature = temperature;
            }
        }
        return bestTemperature;
    }

    private static double[] temperatures() {
        double[] values = new double[80];
        for (int i = 0; i < values.length; i++) {
            values[i] = 0.5 + i * 0.25; // 0.5 .. 20.25
        }
        return values;
    }
}
