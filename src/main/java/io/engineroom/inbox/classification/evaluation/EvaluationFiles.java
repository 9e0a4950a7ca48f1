package io.engineroom.inbox.classification.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Reads VADER's ground-truth files and draws the fixed, seeded, class-balanced samples that the classifier
 * benchmark and an admin's retraining evaluate on (one reader per format, so both read a file alike). The files are
 * public data nobody here wrote; they are not in this repository ({@link EvaluationSet} names them and their
 * sources). A line that does not parse stops the read, naming the file and line: a set with
 * silent holes would give a figure nobody could reproduce.
 */
public final class EvaluationFiles {

    private EvaluationFiles() {
    }

    /**
     * VADER's ICWSM-2014 ground truth ({@code tweets_GroundTruth.txt}, {@code amazonReviewSnippets_GroundTruth.txt}):
     * one text a line, {@code id<TAB>mean rating<TAB>text}, CRLF line ends.
     */
    public static List<RatedText> vaderGroundTruth(Path file) throws IOException {
        List<RatedText> texts = new ArrayList<>();
        try (BufferedReader reader = open(file)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", 3);
                if (fields.length < 3 || fields[2].isBlank()) {
                    throw new IllegalStateException(file + " line " + number + ": expected id, mean and text");
                }
                try {
                    texts.add(new RatedText(fields[2].strip(), Double.parseDouble(fields[1].strip())));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(file + " line " + number + ": mean '" + fields[1]
                            + "' is not a number", e);
                }
            }
        }
        return texts;
    }

    /**
     * At most {@code perLabel} examples of each label, picked by a seeded shuffle: the same files and seed give the
     * same sample on any machine ({@link Random} is specified to the bit), and one large source cannot outweigh
     * the others. Labels come out in declaration order.
     */
    public static <L extends Enum<L>> List<Labelled<L>> balanced(List<Labelled<L>> examples, int perLabel,
            long seed) {
        Map<L, List<Labelled<L>>> byLabel = new TreeMap<>();
        examples.forEach(example -> byLabel.computeIfAbsent(example.label(), label -> new ArrayList<>())
                .add(example));
        List<Labelled<L>> sample = new ArrayList<>();
        byLabel.values().forEach(group -> {
            List<Labelled<L>> shuffled = new ArrayList<>(group);
            Collections.shuffle(shuffled, new Random(seed));
            sample.addAll(shuffled.subList(0, Math.min(perLabel, shuffled.size())));
        });
        return sample;
    }

    /** UTF-8, with any byte that is not UTF-8 read as the replacement character rather than failing the run. */
    public static BufferedReader open(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
    }
}
