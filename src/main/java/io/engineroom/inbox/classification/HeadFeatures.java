package io.engineroom.inbox.classification;

import java.util.List;

/**
 * What the heads read of a message: its sentence embedding, and a few cheap signals the embedding model reads
 * poorly. The model's vocabulary has almost no emoji and it does not weigh negators, capitals or stretched words
 * the way the lexicon scorer does, so the lexicon's score goes in as one more feature (the head learns how much to
 * trust it). A question mark, a link and an exclamation mark are cheap, and the model's 128 word pieces may stop
 * before them in a long text.
 */
final class HeadFeatures {

    /** What the heads file records it was trained on: the embedding (model and width), then the signals. */
    static final List<String> NAMES = List.of(SentenceEmbeddings.MODEL + ":" + SentenceEmbeddings.DIMENSIONS,
            "lexicon-score", "question-mark", "link", "exclamation-mark");
    static final int SIZE = SentenceEmbeddings.DIMENSIONS + NAMES.size() - 1;

    private HeadFeatures() {
    }

    /** The features of {@code text} (null reads as empty), as both training and classification compute them. */
    static double[] of(SentenceEmbeddings embeddings, SentimentScorer lexicon, String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return of(embeddings.embed(Tokenizer.normalise(text)), tokens, lexicon.score(tokens));
    }

    static double[] of(float[] embedding, List<Token> tokens, SentimentScorer.Reading tone) {
        double[] features = new double[SIZE];
        for (int i = 0; i < embedding.length; i++) {
            features[i] = embedding[i];
        }
        int next = embedding.length;
        features[next++] = tone.score();
        features[next++] = has(tokens, "?") ? 1 : 0;
        features[next++] = tokens.stream().anyMatch(token -> token.is(Token.Kind.URL)) ? 1 : 0;
        features[next] = has(tokens, "!") ? 1 : 0;
        return features;
    }

    private static boolean has(List<Token> tokens, String punctuation) {
        return tokens.stream().anyMatch(token -> token.is(Token.Kind.PUNCTUATION) && token.text().equals(punctuation));
    }
}
