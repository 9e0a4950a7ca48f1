package io.engineroom.inbox.classification;

import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * What a text means, as a point in a 384-dimensional space: texts that mean alike lie close, whatever their words.
 * The classifier's heads read these points, and "answered before" finds the nearest past interactions by them.
 * The model (the quantized all-MiniLM-L6-v2, English) and its tokenizer ship inside a Maven artifact and run
 * in-process on ONNX Runtime, on the calling thread ({@link QuantizedMiniLm}): no download, no service to call.
 * Thread-safe; build one per application (loading the model takes a moment).
 */
public final class SentenceEmbeddings {

    /** Names the model; stored with what it classified, so a later model's answers can be told apart. */
    public static final String MODEL = "all-minilm-l6-v2-q";
    public static final int DIMENSIONS = 384;
    /**
     * The model reads 256 word pieces at most and was trained on 128; a longer text would be embedded window by
     * window (several model passes), so only its beginning, where a message says what it is about, is read.
     */
    static final int MAX_CHARS = 1_000;

    static {
        // DJL (the tokenizer) otherwise probes a cloud metadata address on first use and may fetch native
        // libraries: Engine Room sends nothing anywhere it was not asked to. An operator's own setting stands.
        keepOffline("ai.djl.offline", "true");
        keepOffline("OPT_OUT_TRACKING", "true");
    }

    private final EmbeddingModel model;

    public SentenceEmbeddings() {
        this.model = new QuantizedMiniLm();
    }

    /** The text's embedding, of unit length; a blank text means nothing: the zero vector, like to no other. */
    public float[] embed(String text) {
        String read = text == null ? "" : text.strip();
        if (read.isEmpty()) {
            return new float[DIMENSIONS];
        }
        if (read.length() > MAX_CHARS) {
            read = read.substring(0, Character.isHighSurrogate(read.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1
                    : MAX_CHARS);
        }
        return unit(model.embed(read).content().vector());
    }

    /** Cosine similarity of two embeddings: 1 the same meaning, about 0 unrelated. */
    public static double similarity(float[] left, float[] right) {
        if (left.length != right.length) {
            throw new IllegalArgumentException("Embeddings of " + left.length + " and " + right.length
                    + " dimensions cannot be compared");
        }
        double dot = 0;
        double leftNorm = 0;
        double rightNorm = 0;
        for (int i = 0; i < left.length; i++) {
            dot += left[i] * right[i];
            leftNorm += left[i] * left[i];
            rightNorm += right[i] * right[i];
        }
        return leftNorm == 0 || rightNorm == 0 ? 0 : dot / Math.sqrt(leftNorm * rightNorm);
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        if (norm == 0) {
            return vector;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }

    private static void keepOffline(String property, String value) {
        if (System.getProperty(property) == null && System.getenv(property) == null) {
            System.setProperty(property, value);
        }
    }
}
