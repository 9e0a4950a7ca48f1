package io.engineroom.benchmark;

import io.engineroom.inbox.classification.SentenceEmbeddings;
import io.engineroom.inbox.classification.TextClassifier;
import java.util.List;
import java.util.Locale;

/**
 * What it costs to get the classifier ready, measured the first time in the JVM as an application start pays it:
 * loading the sentence model, building the heads through {@code TextClassifier.loadDefault}, and the first text
 * (ONNX Runtime prepares its session on the first run).
 */
record Startup(SentenceEmbeddings embeddings, TextClassifier classifier, String model, long modelNanos,
        long headsNanos, long firstTextNanos) {

    static final double TARGET_SECONDS = 3;

    static Startup measure() {
        long start = System.nanoTime();
        SentenceEmbeddings embeddings = new SentenceEmbeddings();
        long loaded = System.nanoTime();
        TextClassifier classifier = TextClassifier.loadDefault(embeddings);
        long built = System.nanoTime();
        String model = classifier.classify("Where can I find the opening hours of your Leeds store?").model();
        long first = System.nanoTime();
        Startup startup = new Startup(embeddings, classifier, model, loaded - start, built - loaded, first - built);
        System.out.printf(Locale.ROOT, "start-up: sentence model %.2f s, heads (TextClassifier.loadDefault) %.2f s, "
                + "first text %.0f ms; classifier %s%n", startup.modelNanos / 1e9, startup.headsNanos / 1e9,
                startup.firstTextNanos / 1e6, model);
        return startup;
    }

    double seconds() {
        return (modelNanos + headsNanos + firstTextNanos) / 1e9;
    }

    List<String> verdicts() {
        return List.of(String.format(Locale.ROOT, "start-up (model load + heads + first text) <= %.0f s: %.2f s %s",
                TARGET_SECONDS, seconds(), seconds() <= TARGET_SECONDS ? "met" : "NOT met"));
    }
}
