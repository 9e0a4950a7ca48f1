package io.engineroom.inbox;

import io.engineroom.base.CacheStamps;
import io.engineroom.inbox.classification.ClassifiedText;
import io.engineroom.inbox.classification.DetectedLanguage;
import io.engineroom.inbox.classification.LanguageDetector;
import io.engineroom.inbox.classification.SentenceEmbeddings;
import io.engineroom.inbox.classification.TextClassifier;
import io.engineroom.inbox.domain.ClassifierTrainingStore;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Reads an interaction's text and says its language, sentiment and category, each with a confidence. The model is
 * built once when the application starts (the shared sentence embeddings, read by heads trained offline and shipped
 * as a resource, or by the heads an admin's retraining activated since); a call then does no I/O, keeps no state
 * and is safe from any thread. An activated retraining replaces the model whole, at once, behind an atomic
 * reference: a classification reads one model from start to end, and records that model's version. The model reads
 * English only: text in another language is marked unclassified with its language, for a person to read, rather
 * than guessed at. A person can overrule the result: the interaction keeps the correction next to what the model
 * said.
 * <p>
 * With several nodes, an activation on one node reaches the others within {@link CacheStamps#CHECK_EVERY}: each
 * node loads the newly activated heads when it sees the {@link ClassifierTrainingStore#ACTIVE_HEADS} stamp move.
 * <p>
 * The intake asks {@link #read}: the classification together with the text's sentence embedding, which "answered
 * before" compares interactions by, so the model reads each text once.
 */
@Service
class InteractionClassifier {

    private static final Logger LOG = LoggerFactory.getLogger(InteractionClassifier.class);

    private final AtomicReference<TextClassifier> model = new AtomicReference<>();
    private final LanguageDetector languages;
    private final SentenceEmbeddings embeddings;

    @Autowired
    public InteractionClassifier(SentenceEmbeddings embeddings, ClassifierTrainingStore trainings,
            CacheStamps stamps) {
        this(embeddings, activeAtStart(embeddings, trainings));
        stamps.onChange(ClassifierTrainingStore.ACTIVE_HEADS, () -> followActivation(trainings));
    }

    /** With the shipped heads, no database: for tests of the model alone. */
    InteractionClassifier(SentenceEmbeddings embeddings) {
        this(embeddings, TextClassifier.loadDefault(embeddings));
    }

    private InteractionClassifier(SentenceEmbeddings embeddings, TextClassifier initial) {
        this.embeddings = embeddings;
        this.languages = LanguageDetector.loadDefault();
        this.model.set(initial);
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
        return model.get().classify(text).inLanguage(language.code());
    }

    /** Whether the model reads this text at all (English, or too short to tell): what a correction can teach it. */
    boolean reads(String text) {
        return languages.detect(text).readAsEnglish();
    }

    TextClassifier active() {
        return model.get();
    }

    /** From the next classification on, {@code next} classifies. */
    void activate(TextClassifier next) {
        model.set(next);
    }

    /**
     * Loads the heads last activated, when they are not the ones classifying here: another node activated them (on
     * this node {@link #activate} has already put them in place, and nothing is loaded twice).
     */
    void followActivation(ClassifierTrainingStore trainings) {
        String activated = trainings.activation().map(ClassifierTrainingStore.Activation::version)
                .orElse(TextClassifier.MODEL);
        if (!activated.equals(model.get().model())) {
            TextClassifier next = activeAtStart(embeddings, trainings);
            model.set(next);
            LOG.info("Classifier {} activated on another node: {} classifies here now", activated, next.model());
        }
    }

    SentenceEmbeddings embeddings() {
        return embeddings;
    }

    /**
     * The heads last activated, if they are kept and fit: heads retrained on corpora older than the shipped ones
     * know less than the shipped heads (an upgrade retrained those), and heads for other features cannot be read;
     * either way the shipped heads classify, and the log says why.
     */
    private static TextClassifier activeAtStart(SentenceEmbeddings embeddings, ClassifierTrainingStore trainings) {
        TextClassifier shipped = TextClassifier.loadDefault(embeddings);
        var activation = trainings.activation();
        if (activation.isEmpty() || activation.get().version().equals(shipped.model())) {
            return shipped;
        }
        String version = activation.get().version();
        var heads = trainings.headsJson(version);
        if (heads.isEmpty()) {
            LOG.info("Classifier {} was activated but is not a kept training: the shipped {} classifies", version,
                    shipped.model());
            return shipped;
        }
        try {
            TextClassifier retrained = TextClassifier.withHeads(embeddings, heads.get(), version);
            if (!retrained.trainedOnShippedCorpora()) {
                LOG.warn("Classifier {} was trained on older shipped examples than {}: the shipped one classifies"
                        + " until an admin retrains", version, shipped.model());
                return shipped;
            }
            return retrained;
        } catch (IllegalStateException unfit) {
            LOG.warn("Classifier {} does not fit this version ({}): the shipped {} classifies", version,
                    unfit.getMessage(), shipped.model());
            return shipped;
        }
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
                    model.get().meaning(text));
        }
        ClassifiedText read = model.get().read(text);
        return new ClassifiedText(read.classification().inLanguage(language.code()), read.embedding());
    }

    /** The embedding {@link #read} would give the text, without classifying it: for an interaction that lacks one. */
    public float[] meaning(String text) {
        return model.get().meaning(text);
    }
}
