package io.engineroom.benchmark;

import io.engineroom.inbox.classification.evaluation.EvaluationFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The texts the shipped models learn from, to prove no evaluation text is among them: a model graded on what it
 * was trained on would look better than it is. Texts are compared after folding case, Unicode forms and runs of
 * white space, so a copy with other capitals or spacing is still caught.
 */
final class TrainingLeakage {

    private final List<String> texts;
    private final Set<String> trained = new HashSet<>();
    private final List<Path> files;

    private TrainingLeakage(List<String> texts, List<Path> files) {
        this.texts = List.copyOf(texts);
        this.files = files;
        texts.forEach(text -> trained.add(normalised(text)));
    }

    /**
     * Reads every CSV in the directory (the {@code text} column, or the first when there is none). A missing or
     * empty directory fails: a check with nothing to compare against would pass whatever the evaluation set.
     */
    static TrainingLeakage of(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("No training directory " + directory.toAbsolutePath()
                    + ": cannot check the evaluation sets for leakage");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("No training CSV in " + directory.toAbsolutePath());
        }
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            try (Reader reader = EvaluationFiles.open(file);
                    CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                            .setAllowMissingColumnNames(true).get().parse(reader)) {
                boolean named = parser.getHeaderMap().containsKey("text");
                for (CSVRecord row : parser) {
                    texts.add(named ? row.get("text") : row.get(0));
                }
            }
        }
        return new TrainingLeakage(texts, files);
    }

    List<Path> files() {
        return files;
    }

    /** The training texts as written, for timing the classifier when no evaluation set is at hand. */
    List<String> texts() {
        return texts;
    }

    int size() {
        return trained.size();
    }

    /** The evaluation texts that are also training texts, in the order given. */
    List<String> leaked(Collection<String> evaluated) {
        List<String> leaked = new ArrayList<>();
        evaluated.forEach(text -> {
            if (trained.contains(normalised(text))) {
                leaked.add(text);
            }
        });
        return leaked;
    }

    static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip()
                .replaceAll("\\s+", " ");
    }
}
