package io.engineroom.inbox;

import io.engineroom.inbox.classification.SentenceEmbeddings;
import io.engineroom.inbox.classification.TextClassifier;
import org.springframework.stereotype.Service;

/**
 * Reads an interaction's text and says its sentiment and category, each with a confidence. The model is built
 * once when the application starts (the shared sentence embeddings, read by heads trained offline and shipped as a
 * resource); a call then does no I/O, keeps no state and is safe from any thread. A person can overrule the result:
 * the interaction keeps the correction next to what the model said.
 */
@Service
class InteractionClassifier {

    private final TextClassifier models;

    public InteractionClassifier(SentenceEmbeddings embeddings) {
        this.models = TextClassifier.loadDefault(embeddings);
    }

    /**
     * Classifies one interaction's text. Never fails on odd input: null, empty or whitespace-only text is
     * neutral with low confidence, and only the first {@value TextClassifier#MAX_ANALYSED_CHARS} characters of
     * a long text are read.
     */
    public Classification classify(String text) {
        return models.classify(text);
    }
}
