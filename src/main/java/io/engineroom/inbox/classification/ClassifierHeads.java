package io.engineroom.inbox.classification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.engineroom.inbox.Category;
import io.engineroom.inbox.Sentiment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The trained heads as shipped: a versioned JSON resource written by {@link HeadTraining} and read at start-up, so
 * starting the application never embeds a corpus. The file names the embedding model and the features it was
 * trained on, and a fingerprint of each corpus; a file that does not fit this code stops the start instead of
 * classifying with weights read against the wrong features.
 *
 * @param corpora SHA-256 of each training corpus, so a test can tell a corpus changed without retraining
 */
record ClassifierHeads(String version, LogisticHead sentiment, LogisticHead category, Map<String, String> corpora) {

    static final String VERSION = "heads-v2";
    static final String DEFAULT_RESOURCE = "/inbox/model/" + VERSION + ".json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private record HeadJson(List<String> classes, float[] biases, float[][] weights) {
    }

    private record FileJson(String version, String embeddings, List<String> features, Map<String, String> corpora,
            HeadJson sentiment, HeadJson category) {
    }

    ClassifierHeads {
        Objects.requireNonNull(version, "version");
        requireClasses("sentiment", sentiment, Sentiment.values());
        requireClasses("category", category, Category.modelled());
        corpora = Map.copyOf(corpora);
    }

    static ClassifierHeads readResource(String resource) {
        try (InputStream in = ClassifierHeads.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Classifier heads " + resource + " are not on the class path");
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the classifier heads " + resource, e);
        }
    }

    static ClassifierHeads read(InputStream in, String name) throws IOException {
        FileJson file = JSON.readValue(in, FileJson.class);
        if (!SentenceEmbeddings.MODEL.equals(file.embeddings()) || !HeadFeatures.NAMES.equals(file.features())) {
            throw new IllegalStateException(name + " was trained on other features (" + file.embeddings()
                    + ") than this classifier computes (" + SentenceEmbeddings.MODEL + "): retrain with HeadTraining");
        }
        try {
            return new ClassifierHeads(file.version(), head(file.sentiment()), head(file.category()),
                    file.corpora() == null ? Map.of() : file.corpora());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException(name + " is not a valid heads file: " + e.getMessage(), e);
        }
    }

    /** The same heads under another version name: a retraining's candidate is named before it is kept. */
    ClassifierHeads named(String newVersion) {
        return new ClassifierHeads(newVersion, sentiment, category, corpora);
    }

    /** The heads file's JSON as text, unindented: how a retrained candidate is kept in the database. */
    String json() {
        try {
            return JSON.copy().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(file());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the classifier heads " + version, e);
        }
    }

    /** Reads heads kept as text by {@link #json()}, checked like the shipped file. */
    static ClassifierHeads parse(String json, String name) {
        try {
            return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name);
        } catch (IOException e) {
            throw new IllegalStateException(name + " is not a valid heads file: " + e.getMessage(), e);
        }
    }

    private FileJson file() {
        return new FileJson(version, SentenceEmbeddings.MODEL, HeadFeatures.NAMES, corpora, json(sentiment),
                json(category));
    }

    void write(Path file) {
        FileJson json = file();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writeValue(file.toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the classifier heads to " + file, e);
        }
    }

    private static LogisticHead head(HeadJson json) {
        Objects.requireNonNull(json, "a head is missing");
        return new LogisticHead(json.classes(), json.weights(), json.biases());
    }

    private static HeadJson json(LogisticHead head) {
        return new HeadJson(head.classes(), head.biases(), head.weights());
    }

    /** The heads' class order is the enum's, so a probability's index is the constant's ordinal. */
    private static void requireClasses(String name, LogisticHead head, Enum<?>[] expected) {
        Objects.requireNonNull(head, name);
        List<String> names = Arrays.stream(expected).map(Enum::name).toList();
        if (!head.classes().equals(names) || head.features() != HeadFeatures.SIZE) {
            throw new IllegalArgumentException("the " + name + " head must read " + HeadFeatures.SIZE
                    + " features into " + names + ", not " + head.features() + " into " + head.classes());
        }
    }
}
