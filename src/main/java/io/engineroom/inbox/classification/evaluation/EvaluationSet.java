package io.engineroom.inbox.classification.evaluation;

import io.engineroom.inbox.Category;
import io.engineroom.inbox.Sentiment;
import io.engineroom.inbox.classification.PublicSetSplit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation set read from a directory of public labelled files, each as its publisher ships it (the files are
 * not in this repository: fetched data stays out of it):
 * <ul>
 * <li>{@value #TWEETS}: VADER's ICWSM-2014 ground truth (MIT, cjhutto/vaderSentiment
 * {@code additional_resources/hutto_ICWSM_2014.tar.gz}), sentiment in the three bands of {@link RatedText};</li>
 * <li>{@value #BANKING77}: banking77's {@code banking_data/test.csv} (CC BY 4.0), QUESTION and COMPLAINT;</li>
 * <li>{@value #SMS}: the SMS Spam Collection (CC BY 4.0), its spam as SPAM;</li>
 * <li>{@value #DAVIDSON}: t-davidson/hate-speech-and-offensive-language {@code data/labeled_data.csv} (MIT),
 * OFFENSIVE.</li>
 * </ul>
 * A missing file leaves its part out and is named in {@link #missing()}, so a figure never stands for more than
 * was read. The sample is balanced and seeded ({@link EvaluationFiles#balanced}): the same files give the same set.
 *
 * @param missing the expected files that were not there (all of them when the directory is absent)
 */
public record EvaluationSet(List<Labelled<Sentiment>> sentiment, List<Labelled<Category>> category,
        List<String> missing) {

    public static final String TWEETS = "tweets_GroundTruth.txt";
    public static final String AMAZON = "amazonReviewSnippets_GroundTruth.txt";
    public static final String BANKING77 = "banking77_test.csv";
    public static final String SMS = "SMSSpamCollection";
    public static final String DAVIDSON = "davidson_labeled_data.csv";
    public static final long SEED = 19;

    public EvaluationSet {
        sentiment = List.copyOf(sentiment);
        category = List.copyOf(category);
        missing = List.copyOf(missing);
    }

    /** Nothing to evaluate on: no directory configured. */
    public static EvaluationSet none() {
        return new EvaluationSet(List.of(), List.of(), List.of(TWEETS, BANKING77, SMS, DAVIDSON));
    }

    /**
     * Reads the directory's files, at most {@code perLabel} texts of each label (sentiment band or category).
     *
     * @throws IllegalStateException naming the file and line when a file is there but does not parse
     */
    public static EvaluationSet read(Path directory, int perLabel) throws IOException {
        List<String> missing = new ArrayList<>();
        List<Labelled<Sentiment>> sentiment = new ArrayList<>();
        Path tweets = directory.resolve(TWEETS);
        if (Files.isRegularFile(tweets)) {
            EvaluationFiles.vaderGroundTruth(tweets)
                    .forEach(text -> sentiment.add(new Labelled<>(text.text(), text.band())));
        } else {
            missing.add(TWEETS);
        }
        List<Labelled<Category>> category = new ArrayList<>();
        category.addAll(categories(directory, BANKING77, missing, CategorySources::banking77));
        // the other halves of these two ship as training examples (PublicSetSplit)
        category.addAll(evaluationHalf(categories(directory, SMS, missing, CategorySources::smsSpam)));
        category.addAll(evaluationHalf(categories(directory, DAVIDSON, missing, CategorySources::davidson)));
        return new EvaluationSet(EvaluationFiles.balanced(sentiment, perLabel, SEED),
                EvaluationFiles.balanced(category, perLabel, SEED), missing);
    }

    private static List<Labelled<Category>> categories(Path directory, String name, List<String> missing,
            Reader reader) throws IOException {
        Path file = directory.resolve(name);
        if (!Files.isRegularFile(file)) {
            missing.add(name);
            return List.of();
        }
        return reader.read(file);
    }

    /** Of a set its publisher did not split, the half no shipped training sample is taken from. */
    public static List<Labelled<Category>> evaluationHalf(List<Labelled<Category>> examples) {
        return examples.stream().filter(example -> PublicSetSplit.isEvaluation(example.text())).toList();
    }

    @FunctionalInterface
    private interface Reader {
        List<Labelled<Category>> read(Path file) throws IOException;
    }
}
