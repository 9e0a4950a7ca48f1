package io.engineroom.inbox;

import io.engineroom.inbox.classification.DetectedLanguage;
import io.engineroom.inbox.classification.LanguageDetector;
import io.engineroom.inbox.classification.SentenceEmbeddings;
import io.engineroom.inbox.classification.TextClassifier;
import org.springframework.stereotype.Service;

/**
 * Reads an interaction's text and says its language, sentiment and category, each with a confidence. The model is
 * built once when the application starts (the shared sentence embeddings, read by heads trained offline and shipped
 * as a resource); a call then does no I/O, keeps no state and is safe from any thread. The model reads English only:
 * text in another language is marked unclassified with its language, for a person to read, rather than guessed at.
 * A person can overrule the result: the interaction keeps the correction next to what the model said.
 */
@Service
class InteractionClassifier {

    private final TextClassifier models;
    private final LanguageDetector languages;

    public InteractionClassifier(SentenceEmbeddings embeddings) {
        this.languages = LanguageDetector.loadDefault();
        this.models = TextClassifier.loadDefault(embeddings);
    }

    /**
     * Classifies one interaction's text. Never fails on odd input: null, empty or whitespace-only text is
     * neutral with low confidence, and only the first {@value TextClassifier#MAX_ANALYSED_CHARS} characters of
     * a long text are read. Text too short to tell its language by is read as English.
     */
    public Classification classify(String text) {
        DetectedLanguage language = languages.detect(text);
        if (!language.readAsEnglish()) {
            return Classification.unclassified(language.code(), LanguageDetector.MODEL);
        }
        return models.classify(text).inLanguage(language.code());
    }
}
