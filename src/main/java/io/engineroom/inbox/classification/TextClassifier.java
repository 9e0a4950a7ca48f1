package io.engineroom.inbox.classification;

import io.engineroom.inbox.Classification;
import java.util.List;

/**
 * Both models behind {@link io.engineroom.inbox.InteractionClassifier}: the lexicon scorer for sentiment and the
 * naive Bayes model for the category, which also reads the sentiment as one of its signals. Built once (the
 * lexicon read, the corpus trained on); read-only afterwards, so one instance serves every thread.
 */
public final class TextClassifier {

    public static final int MAX_ANALYSED_CHARS = Tokenizer.MAX_ANALYSED_CHARS;
    /** Names both models; change a version when the lexicon, corpus or features change what the models say. */
    public static final String MODEL = "lexicon-v1+nb-v1";

    private final SentimentScorer sentiment;
    private final CategoryClassifier categories;

    TextClassifier(SentimentScorer sentiment, CategoryClassifier categories) {
        this.sentiment = sentiment;
        this.categories = categories;
    }

    /** Reads the shipped lexicon and trains on the shipped corpus; fails at start-up if either is missing or bad. */
    public static TextClassifier loadDefault() {
        SentimentScorer sentiment = new SentimentScorer(SentimentLexicon.loadDefault());
        List<LabelledText> corpus = LabelledText.readResource(CategoryClassifier.DEFAULT_CORPUS);
        CategoryClassifier categories = CategoryClassifier.train(corpus, text -> features(sentiment, text));
        return new TextClassifier(sentiment, categories);
    }

    public Classification classify(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        SentimentScorer.Reading tone = sentiment.score(tokens);
        CategoryClassifier.Guess guess = categories.classify(CategoryFeatures.of(tokens, tone));
        return new Classification(tone.sentiment(), tone.score(), tone.confidence(), guess.category(),
                guess.confidence(), MODEL);
    }

    SentimentScorer sentiment() {
        return sentiment;
    }

    CategoryClassifier categories() {
        return categories;
    }

    private static List<String> features(SentimentScorer sentiment, String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return CategoryFeatures.of(tokens, sentiment.score(tokens));
    }
}
