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
        try (InputStream in = LabelledText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Labelled corpus " + resource + " is not on the class path");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the labelled corpus " + resource, e);
        }
    }

    private static List<LabelledText> read(BufferedReader reader, String name) throws IOException {
        List<LabelledText> examples = new ArrayList<>();
        String header = reader.readLine();
        if (header == null || !header.strip().equalsIgnoreCase("text,category")) {
            throw new IllegalStateException(name + ": the first line must be 'text,category'");
        }
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (!line.isBlank()) {
                examples.add(parse(line, name + " line " + number));
            }
        }
        return examples;
    }

    private static LabelledText parse(String line, String where) {
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
            throw new IllegalStateException(where + ": expected ',category' after the text");
        }
        try {
            return new LabelledText(text, Category.valueOf(rest.substring(1).strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": unknown category '" + rest.substring(1) + "'", e);
        }
    }
}
