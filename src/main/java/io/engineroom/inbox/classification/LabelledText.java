package io.engineroom.inbox.classification;

import io.engineroom.inbox.Category;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One example of the labelled corpus: a message as people write it, and what it is. */
record LabelledText(String text, Category category) {

    /**
     * Reads a two-column CSV with a {@code text,category} header: the text quoted when it holds a comma or quote
     * (a quote inside doubled), one example per line. A malformed line stops the load, naming the line: a corpus
     * with silent holes would train a worse model without anyone noticing.
     */
    static List<LabelledText> readResource(String resource) {
        return readResource(resource, Category.class).stream()
                .map(example -> new LabelledText(example.text(), example.label())).toList();
    }

    /** One example of any labelled corpus: the text and its label, one of the constants of an enum. */
    record Labelled<L extends Enum<L>>(String text, L label) {
    }

    /**
     * Reads a corpus of the same format whose second column (named like the enum: {@code text,sentiment} for
     * {@code Sentiment}) holds one of {@code labels}' constants.
     */
    static <L extends Enum<L>> List<Labelled<L>> readResource(String resource, Class<L> labels) {
        try (InputStream in = LabelledText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Labelled corpus " + resource + " is not on the class path");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource, labels);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the labelled corpus " + resource, e);
        }
    }

    private static <L extends Enum<L>> List<Labelled<L>> read(BufferedReader reader, String name, Class<L> labels)
            throws IOException {
        List<Labelled<L>> examples = new ArrayList<>();
        String column = labels.getSimpleName().toLowerCase(Locale.ROOT);
        String header = reader.readLine();
        if (header == null || !header.strip().equalsIgnoreCase("text," + column)) {
            throw new IllegalStateException(name + ": the first line must be 'text," + column + "'");
        }
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (!line.isBlank()) {
                examples.add(parse(line, name + " line " + number, labels));
            }
        }
        return examples;
    }

    private static <L extends Enum<L>> Labelled<L> parse(String line, String where, Class<L> labels) {
        String text;
        String rest;
        if (line.startsWith("\"")) {
            StringBuilder value = new StringBuilder();
            int i = 1;
            while (true) {
                if (i >= line.length()) {
                    throw new IllegalStateException(where + ": unclosed quote");
                }
                char c = line.charAt(i);
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    value.append('"');
                    i += 2;
                } else if (c == '"') {
                    break;
                } else {
                    value.append(c);
                    i++;
                }
            }
            text = value.toString();
            rest = line.substring(i + 1);
        } else {
            int comma = line.lastIndexOf(',');
            text = comma < 0 ? line : line.substring(0, comma);
            rest = comma < 0 ? "" : line.substring(comma);
        }
        if (!rest.startsWith(",")) {
            throw new IllegalStateException(where + ": expected ',label' after the text");
        }
        try {
            return new Labelled<>(text, Enum.valueOf(labels, rest.substring(1).strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": unknown " + labels.getSimpleName().toLowerCase(Locale.ROOT)
                    + " '" + rest.substring(1) + "'", e);
        }
    }
}
