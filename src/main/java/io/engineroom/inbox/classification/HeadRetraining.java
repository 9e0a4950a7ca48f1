package io.engineroom.inbox.classification;

import io.engineroom.inbox.Category;
import io.engineroom.inbox.Classification;
import io.engineroom.inbox.Sentiment;
import io.engineroom.inbox.classification.HeadTraining.Examples;
import io.engineroom.inbox.classification.evaluation.ConfusionMatrix;
import io.engineroom.inbox.classification.evaluation.Labelled;
import java.util.List;
import java.util.function.Function;

/**
 * Trains candidate heads at run time, on the shipped examples plus people's corrections, and grades two classifiers
 * on the same labelled texts. Embedding is what takes time (a few milliseconds a text), so each text is embedded
 * once: the shipped corpora once per JVM ({@link HeadTraining#shipped}), and an evaluation text once
 * for both classifiers, which differ only in their heads. Thread-safe.
 */
public final class HeadRetraining {

    /** Told as the work goes on, from the working thread. */
    @FunctionalInterface
    public interface Progress {
        void step(String what, int done, int total);
    }

    /** A trained candidate and what it learned from. */
    public record Candidate(TextClassifier classifier, int shippedSentiment, int shippedCategory,
            int correctedSentiment, int correctedCategory) {
    }

    /** One set graded by both classifiers. */
    public record Graded<L extends Enum<L>>(ConfusionMatrix<L> before, ConfusionMatrix<L> after) {
    }

    private final SentenceEmbeddings embeddings;
    private final HeadTraining training;

    public HeadRetraining(SentenceEmbeddings embeddings) {
        this.embeddings = embeddings;
        this.training = new HeadTraining(embeddings, new SentimentScorer(SentimentLexicon.loadDefault()));
    }

    /**
     * Trains heads named {@code headsVersion} on the shipped corpora plus these labelled texts (each label counts
     * like one shipped example).
     */
    public Candidate train(String headsVersion, List<Labelled<Sentiment>> sentiment, List<Labelled<Category>> category,
            Progress progress) {
        if (category.stream().anyMatch(example -> example.label() == Category.UNCLASSIFIED)) {
            throw new IllegalArgumentException("UNCLASSIFIED is no category a head chooses: it cannot be a label");
        }
        HeadTraining.Shipped corpora = shipped(progress);
        int total = sentiment.size() + category.size();
        Examples sentimentExamples = join(corpora.sentiment(), sentiment, 0, total, progress);
        Examples categoryExamples = join(corpora.category(), category, sentiment.size(), total, progress);
        progress.step("Training the heads", 0, 1);
        ClassifierHeads heads = HeadTraining.train(sentimentExamples, categoryExamples).named(headsVersion);
        progress.step("Training the heads", 1, 1);
        return new Candidate(new TextClassifier(embeddings, new SentimentScorer(SentimentLexicon.loadDefault()),
                heads), corpora.sentiment().labels().length, corpora.category().labels().length, sentiment.size(),
                category.size());
    }

    /**
     * Both classifiers' answers on the same texts, each text embedded once; {@code read} takes the label out of a
     * classification. What is graded is the heads alone: the language gate in front of them is the same for both.
     */
    public <L extends Enum<L>> Graded<L> grade(TextClassifier before, TextClassifier after, List<Labelled<L>> texts,
            Class<L> labels, Function<Classification, L> read, String what, Progress progress) {
        ConfusionMatrix<L> first = new ConfusionMatrix<>(labels);
        ConfusionMatrix<L> second = new ConfusionMatrix<>(labels);
        for (int i = 0; i < texts.size(); i++) {
            Labelled<L> text = texts.get(i);
            double[] features = training.features(text.text());
            boolean blank = Tokenizer.tokenize(text.text()).isEmpty();
            first.add(text.label(), read.apply(before.classify(features, blank)));
            second.add(text.label(), read.apply(after.classify(features, blank)));
            if (i % 50 == 49 || i == texts.size() - 1) {
                progress.step(what, i + 1, texts.size());
            }
        }
        return new Graded<>(first, second);
    }

    private HeadTraining.Shipped shipped(Progress progress) {
        progress.step("Reading the shipped examples", 0, 1);
        HeadTraining.Shipped shipped = HeadTraining.shipped(embeddings);
        progress.step("Reading the shipped examples", 1, 1);
        return shipped;
    }

    private <L extends Enum<L>> Examples join(Examples shippedExamples, List<Labelled<L>> extra, int doneBefore,
            int total, Progress progress) {
        int shippedCount = shippedExamples.labels().length;
        double[][] features = new double[shippedCount + extra.size()][];
        int[] labels = new int[shippedCount + extra.size()];
        System.arraycopy(shippedExamples.features(), 0, features, 0, shippedCount);
        System.arraycopy(shippedExamples.labels(), 0, labels, 0, shippedCount);
        for (int i = 0; i < extra.size(); i++) {
            features[shippedCount + i] = training.features(extra.get(i).text());
            labels[shippedCount + i] = extra.get(i).label().ordinal();
            if (i % 50 == 49 || i == extra.size() - 1) {
                progress.step("Reading the corrections", doneBefore + i + 1, total);
            }
        }
        return new Examples(features, labels);
    }
}
