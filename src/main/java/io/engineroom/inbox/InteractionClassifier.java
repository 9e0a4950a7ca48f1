package io.engineroom.inbox;

import io.engineroom.inbox.classification.ClassifiedText;
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
 * <p>
 * The intake asks {@link #read}: the classification together with the text's sentence embedding, which "answered
 * before" compares interactions by, so the model reads each text once.
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

    /**
     * {@link #classify} and the text's sentence embedding, with one pass of the model: the heads' own for English,
     * and for a text in another language (which the heads are not asked about) the embedding alone, so that
     * interaction has its embedding too. The embedding model reads English, but the same question in another
     * language still lies nearer its own earlier askings than unrelated text does.
     */
    public ClassifiedText read(String text) {
        DetectedLanguage language = languages.detect(text);
        if (!language.readAsEnglish()) {
            return new ClassifiedText(Classification.unclassified(language.code(), LanguageDetector.MODEL),
                    models.meaning(text));
        }
        ClassifiedText read = models.read(text);
        return new ClassifiedText(read.classification().inLanguage(language.code()), read.embedding());
    }

    /** The embedding {@link #read} would give the text, without classifying it: for an interaction that lacks one. */
    public float[] meaning(String text) {
        return models.meaning(text);
    }
}
