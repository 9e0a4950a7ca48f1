package io.engineroom.inbox.classification;

import io.engineroom.inbox.Sentiment;
import io.engineroom.inbox.classification.SentimentLexicon.Entry;
import io.engineroom.inbox.classification.SentimentLexicon.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lexicon-based sentiment: each sentiment-bearing word, phrase, emoji or emoticon adds its valence, adjusted by its
 * neighbours the way people read them:
 * <ul>
 * <li>a negator up to three words before flips and softens it ("not great" is mildly negative, "not bad" mildly
 * positive, not the opposite extreme); the scope ends at punctuation or "but";</li>
 * <li>boosters make it stronger, dampeners weaker ("very bad" &lt; "bad" &lt; "slightly bad"), less so from further
 * away;</li>
 * <li>in a sentence with "but", the clause after it counts one and a half times, the one before half: "nice
 * staff but the food was cold" is a complaint about the food;</li>
 * <li>a word in capitals among lower-case text, or stretched ("sooo gooood"), is emphasis; exclamation marks
 * strengthen the whole message.</li>
 * </ul>
 * The sum is squashed into -1..1 with x / sqrt(x² + 15), so that a few strong words approach the ends but never
 * pass them. Thread-safe: all state is the lexicon, read once.
 */
final class SentimentScorer {

    /** Below this absolute score a message reads as neutral: one mild word ("ok") is not yet a tone. */
    static final double NEUTRAL_BAND = 0.1;

    private static final double NEGATION = -0.55;
    private static final double CAPITALS = 1.3;
    private static final double STRETCHED = 1.15;
    private static final double BEFORE_CONTRAST = 0.5;
    private static final double AFTER_CONTRAST = 1.5;
    private static final double PER_EXCLAMATION = 0.25;
    private static final int MAX_EXCLAMATIONS = 4;
    private static final int LOOK_BACK = 3;
    private static final double[] BOOST_DECAY = {1.0, 0.85, 0.7};
    private static final double SQUASH = 15;

    /** What the scorer found: the score and its reading, and how much evidence there was on each side. */
    record Reading(double score, Sentiment sentiment, double confidence, int evidence, double positive,
            double negative) {
    }

    private enum Kind {
        VALENCE, BOOST, NEGATOR, CONTRAST, SENTENCE_END, CLAUSE_END, OTHER
    }

    private record Unit(Kind kind, double value, boolean emphasised) {
    }

    private final SentimentLexicon lexicon;

    SentimentScorer(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Reading score(String text) {
        return score(Tokenizer.tokenize(text));
    }

    Reading score(List<Token> tokens) {
        List<Unit> units = units(tokens);
        double[] clauseWeights = clauseWeights(units);
        double sum = 0;
        double positive = 0;
        double negative = 0;
        int evidence = 0;
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unit.kind() != Kind.VALENCE) {
                continue;
            }
            double valence = inContext(units, i) * clauseWeights[i];
            sum += valence;
            positive += Math.max(valence, 0);
            negative += Math.min(valence, 0);
            evidence++;
        }
        if (sum != 0) {
            int exclamations = 0;
            for (Token token : tokens) {
                exclamations += token.text().equals("!") ? 1 : 0;
            }
            sum += Math.signum(sum) * PER_EXCLAMATION * Math.min(exclamations, MAX_EXCLAMATIONS);
        }
        double score = sum / Math.sqrt(sum * sum + SQUASH);
        Sentiment sentiment = Math.abs(score) < NEUTRAL_BAND ? Sentiment.NEUTRAL
                : score > 0 ? Sentiment.POSITIVE : Sentiment.NEGATIVE;
        return new Reading(score, sentiment, confidence(sentiment, score, evidence, positive, negative), evidence,
                positive, negative);
    }

    /** The valence of unit {@code i} after the boosters and negators just before it, and its own emphasis. */
    private static double inContext(List<Unit> units, int i) {
        Unit unit = units.get(i);
        double valence = unit.value() * (unit.emphasised() ? CAPITALS : 1);
        boolean negated = false;
        for (int back = 1; back <= LOOK_BACK && i - back >= 0; back++) {
            Unit before = units.get(i - back);
            if (before.kind() == Kind.SENTENCE_END || before.kind() == Kind.CLAUSE_END
                    || before.kind() == Kind.CONTRAST) {
                break;
            }
            if (before.kind() == Kind.BOOST) {
                double boost = before.value() * (before.emphasised() ? CAPITALS : 1);
                valence *= Math.max(0, 1 + boost * BOOST_DECAY[back - 1]);
            } else if (before.kind() == Kind.NEGATOR) {
                negated = !negated;
            }
        }
        return negated ? valence * NEGATION : valence;
    }

    /**
     * Weight per unit for "but": within a sentence, the units before the last contrast word weigh less and those
     * after it more. A sentence that opens with "But" contrasts with the sentence before it.
     */
    private static double[] clauseWeights(List<Unit> units) {
        double[] weights = new double[units.size()];
        Arrays.fill(weights, 1);
        int sentenceStart = 0;
        int previousSentenceStart = 0;
        for (int i = 0; i <= units.size(); i++) {
            boolean end = i == units.size() || units.get(i).kind() == Kind.SENTENCE_END;
            if (!end) {
                continue;
            }
            int contrast = -1;
            for (int j = sentenceStart; j < i; j++) {
                if (units.get(j).kind() == Kind.CONTRAST) {
                    contrast = j;
                }
            }
            if (contrast >= 0) {
                int from = contrast == sentenceStart ? previousSentenceStart : sentenceStart;
                for (int j = from; j < contrast; j++) {
                    weights[j] = BEFORE_CONTRAST;
                }
                for (int j = contrast + 1; j < i; j++) {
                    weights[j] = AFTER_CONTRAST;
                }
            }
            previousSentenceStart = sentenceStart;
            sentenceStart = i + 1;
        }
        return weights;
    }

    /**
     * Confidence grows with the strength of the score and with the number of words behind it, and falls when the
     * evidence pulls both ways. A neutral reading is fairly sure when nothing carried sentiment, less so when
     * weak or cancelling words were there.
     */
    private static double confidence(Sentiment sentiment, double score, int evidence, double positive,
            double negative) {
        if (sentiment == Sentiment.NEUTRAL) {
            double base = evidence == 0 ? 0.7 : 0.55;
            return base * (1 - 0.5 * Math.abs(score) / NEUTRAL_BAND);
        }
        double strength = Math.min(1, Math.abs(score) / 0.7);
        double support = 1 - Math.pow(0.4, evidence);
        double total = positive - negative;
        double agreement = total == 0 ? 1 : Math.abs(positive + negative) / total;
        return 0.35 + 0.6 * strength * support * (0.5 + 0.5 * agreement);
    }

    private List<Unit> units(List<Token> tokens) {
        List<Unit> units = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int matched = matchTerm(tokens, i, units);
            if (matched > 0) {
                i += matched;
                continue;
            }
            units.add(plainUnit(tokens.get(i)));
            i++;
        }
        return units;
    }

    /** Finds the longest lexicon term starting at {@code start}; adds its unit and says how many tokens it took. */
    private int matchTerm(List<Token> tokens, int start, List<Unit> units) {
        for (int length = Math.min(lexicon.longestTerm(), tokens.size() - start); length >= 1; length--) {
            List<Token> span = tokens.subList(start, start + length);
            if (!allCanCarrySentiment(span)) {
                continue;
            }
            boolean shouted = false;
            for (Token token : span) {
                shouted |= token.shouted();
            }
            Entry entry = lexicon.find(length == 1 ? span.get(0).text() : SentimentLexicon.key(span));
            boolean stretched = false;
            if (entry == null && length == 1) {
                String word = span.get(0).text();
                entry = firstNonNull(find(squeeze(word, 2)), find(squeeze(word, 1)));
                stretched = entry != null;
            }
            if (entry == null) {
                continue;
            }
            units.add(unit(entry, shouted, stretched));
            return length;
        }
        return 0;
    }

    private static Unit unit(Entry entry, boolean shouted, boolean stretched) {
        return switch (entry.role()) {
            case VALENCE -> new Unit(Kind.VALENCE, entry.value() * (stretched ? STRETCHED : 1), shouted);
            case BOOST -> new Unit(Kind.BOOST, entry.value(), shouted);
            case NEGATOR -> new Unit(Kind.NEGATOR, 0, shouted);
            case CONTRAST -> new Unit(Kind.CONTRAST, 0, shouted);
        };
    }

    private static Unit plainUnit(Token token) {
        if (token.is(Token.Kind.PUNCTUATION)) {
            boolean sentenceEnd = token.text().equals(".") || token.text().equals("!") || token.text().equals("?");
            return new Unit(sentenceEnd ? Kind.SENTENCE_END : Kind.CLAUSE_END, 0, false);
        }
        if (token.is(Token.Kind.WORD) && token.text().endsWith("n't")) {
            return new Unit(Kind.NEGATOR, 0, token.shouted()); // any "…n't" the list does not name
        }
        return new Unit(Kind.OTHER, 0, false);
    }

    private static boolean allCanCarrySentiment(List<Token> span) {
        for (Token token : span) {
            if (!canCarrySentiment(token)) {
                return false;
            }
        }
        return true;
    }

    private static boolean canCarrySentiment(Token token) {
        return token.is(Token.Kind.WORD) || token.is(Token.Kind.HASHTAG) || token.is(Token.Kind.EMOJI)
                || token.is(Token.Kind.EMOTICON);
    }

    /** "soooo" → "soo" (at most) → "so": people stretch words for emphasis. Null when nothing repeats. */
    private static String squeeze(String word, int keep) {
        StringBuilder squeezed = new StringBuilder(word.length());
        int run = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            run = i > 0 && word.charAt(i - 1) == c ? run + 1 : 1;
            if (run <= keep || !Character.isLetter(c)) {
                squeezed.append(c);
            }
        }
        return squeezed.length() == word.length() ? null : squeezed.toString();
    }

    private Entry find(String key) {
        return key == null ? null : lexicon.find(key);
    }

    private static Entry firstNonNull(Entry first, Entry second) {
        return first != null ? first : second;
    }
}
