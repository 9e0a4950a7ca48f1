package io.engineroom.inbox.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sentiment word list: words, phrases, emoji and emoticons with a valence (-4..4), plus the words that change
 * others (boosters and dampeners, negators, "but"). Kept in a file, not in code, so it can grow without touching
 * the scorer. Terms are keyed by their normalised tokens, so "don’t", "don't" and "DON'T" find the same entry.
 */
final class SentimentLexicon {

    static final String DEFAULT_RESOURCE = "/inbox/sentiment-lexicon.tsv";

    enum Role {
        /** carries sentiment itself: value is the valence, -4 (worst) .. 4 (best) */
        VALENCE,
        /** makes the next sentiment stronger (value > 0, "very") or weaker (value < 0, "slightly") by that share */
        BOOST,
        /** turns the sentiment of the next few words around ("not", "never") */
        NEGATOR,
        /** the clause after it says what the writer really means ("but") */
        CONTRAST
    }

    record Entry(Role role, double value) {
    }

    private final Map<String, Entry> entries;
    private final int longestTerm;

    private SentimentLexicon(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
        this.longestTerm = entries.keySet().stream().mapToInt(key -> key.split(" ").length).max().orElse(1);
    }

    static SentimentLexicon loadDefault() {
        try (InputStream in = SentimentLexicon.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Sentiment lexicon " + DEFAULT_RESOURCE + " is not on the class path");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sentiment lexicon", e);
        }
    }

    /** Lines are {@code term<TAB>role<TAB>value}; blank lines and lines starting with '#' are comments. */
    static SentimentLexicon read(BufferedReader reader) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 3) {
                throw new IllegalStateException("Sentiment lexicon line " + number + ": expected term, role, value");
            }
            String key = key(Tokenizer.tokenize(fields[0]));
            if (key.isEmpty()) {
                throw new IllegalStateException("Sentiment lexicon line " + number + ": no term in '" + fields[0] + "'");
            }
            Role role = Role.valueOf(fields[1].trim().toUpperCase(Locale.ROOT));
            if (entries.put(key, new Entry(role, Double.parseDouble(fields[2].trim()))) != null) {
                throw new IllegalStateException("Sentiment lexicon line " + number + ": '" + key + "' twice");
            }
        }
        return new SentimentLexicon(entries);
    }

    static String key(List<Token> tokens) {
        return tokens.stream().map(Token::text).collect(Collectors.joining(" "));
    }

    Entry find(String key) {
        return entries.get(key);
    }

    int longestTerm() {
        return longestTerm;
    }

    int size() {
        return entries.size();
    }
}
