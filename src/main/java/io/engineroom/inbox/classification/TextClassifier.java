package io.engineroom.inbox.classification;

import io.engineroom.inbox.Category;
import io.engineroom.inbox.Classification;
import io.engineroom.inbox.Sentiment;
import java.util.List;

/**
 * The model behind {@link io.engineroom.inbox.InteractionClassifier}: a message's sentence embedding (plus the
 * lexicon's score and a few cheap signals, see {@link HeadFeatures}) read by two trained heads, one for the
 * sentiment and one for the category. The heads' weights ship as a resource trained offline by
 * {@link HeadTraining}, so building this is reading a small file; the embedding model is the application's one
 * {@link SentenceEmbeddings}. Read-only once built, so one instance serves every thread.
 */
public final class TextClassifier {

    public static final int MAX_ANALYSED_CHARS = Tokenizer.MAX_ANALYSED_CHARS;
    /** Names the embedding model and the heads' version: stored with what they classified. */
    public static final String MODEL = SentenceEmbeddings.MODEL + "+" + ClassifierHeads.VERSION;

    private final SentenceEmbeddings embeddings;
    private final SentimentScorer lexicon;
    private final ClassifierHeads heads;
    private final String model;

    TextClassifier(SentenceEmbeddings embeddings, SentimentScorer lexicon, ClassifierHeads heads) {
        this.embeddings = embeddings;
        this.lexicon = lexicon;
        this.heads = heads;
        this.model = SentenceEmbeddings.MODEL + "+" + heads.version();
    }

    /** Reads the lexicon and the shipped heads; fails at start-up if either is missing or does not fit. */
    public static TextClassifier loadDefault(SentenceEmbeddings embeddings) {
        return new TextClassifier(embeddings, new SentimentScorer(SentimentLexicon.loadDefault()),
                ClassifierHeads.readResource(ClassifierHeads.DEFAULT_RESOURCE));
    }

    /**
     * A classifier reading the shipped lexicon with heads kept as text (a retrained model, see
     * {@link HeadRetraining}).
     *
     * @throws IllegalStateException when the heads do not fit this code's features (kept before an upgrade)
     */
    public static TextClassifier withHeads(SentenceEmbeddings embeddings, String headsJson, String name) {
        return new TextClassifier(embeddings, new SentimentScorer(SentimentLexicon.loadDefault()),
                ClassifierHeads.parse(headsJson, name));
    }

    /** What this classifier records on what it classifies: the embedding model and the heads' version. */
    public String model() {
        return model;
    }

    /** The heads as text, to keep a retrained model in the database. */
    public String headsJson() {
        return heads.json();
    }

    /**
     * Whether the heads were trained on the corpora shipped now: heads retrained before an upgrade that changed the
     * corpora know less than the shipped heads, so start-up prefers the shipped ones then.
     */
    public boolean trainedOnShippedCorpora() {
        return heads.corpora().equals(HeadTraining.fingerprints());
    }

    /**
     * Never fails on odd input. A text with nothing to read (null, blank, only invisible characters) says
     * nothing, so its sentiment is neutral with a score of exactly 0; its category is whatever the heads lean to,
     * with confidence 0.
     * Sentiment score is P(positive) - P(negative), so a confident negative is near -1 and a split reading near 0.
     */
    public Classification classify(String text) {
        return read(text).classification();
    }

    /**
     * {@link #classify} and the embedding the heads read it from, computed once: the same features as
     * {@link HeadFeatures#of(SentenceEmbeddings, SentimentScorer, String)} (so the shipped heads read what they were
     * trained on), with the embedding handed back for the caller to keep.
     */
    public ClassifiedText read(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        float[] embedding = meaning(text);
        return new ClassifiedText(classify(HeadFeatures.of(embedding, tokens, lexicon.score(tokens)), tokens.isEmpty()),
                embedding);
    }

    /** Classifies features already computed (an evaluation reads each text once for two models). */
    Classification classify(double[] input, boolean blank) {
        double[] tone = heads.sentiment().probabilities(input);
        double[] kind = heads.category().probabilities(input);
        int category = HeadTraining.best(kind);
        if (blank) {
            // the embedding of an empty text is a point the heads never trained near, so their answer there is
            // no evidence of anything: a category must be given for routing, but with no confidence at all
            return new Classification(Sentiment.NEUTRAL, 0, tone[Sentiment.NEUTRAL.ordinal()],
                    Category.modelled()[category], 0, model);
        }
        int sentiment = HeadTraining.best(tone);
        double score = tone[Sentiment.POSITIVE.ordinal()] - tone[Sentiment.NEGATIVE.ordinal()];
        return new Classification(Sentiment.values()[sentiment], clamp(score), tone[sentiment],
                Category.modelled()[category], kind[category], model);
    }

    /**
     * The text's sentence embedding exactly as {@link #read} computes it (of the normalised text), for a text the
     * heads are not asked about: one in a language they do not read, or one stored before its embedding was.
     */
    public float[] meaning(String text) {
        return embeddings.embed(Tokenizer.normalise(text));
    }

    ClassifierHeads heads() {
        return heads;
    }

    private static double clamp(double score) {
        return Math.max(-1, Math.min(1, score));
    }
}
