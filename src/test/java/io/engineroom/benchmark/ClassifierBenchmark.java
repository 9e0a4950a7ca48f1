package io.engineroom.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.inbox.Category;
import io.engineroom.inbox.Classification;
import io.engineroom.inbox.Sentiment;
import io.engineroom.inbox.classification.PublicSetSplit;
import io.engineroom.inbox.classification.SentenceEmbeddings;
import io.engineroom.inbox.classification.TextClassifier;
import io.engineroom.inbox.classification.evaluation.CategorySources;
import io.engineroom.inbox.classification.evaluation.ConfusionMatrix;
import io.engineroom.inbox.classification.evaluation.EvaluationFiles;
import io.engineroom.inbox.classification.evaluation.EvaluationSet;
import io.engineroom.inbox.classification.evaluation.Labelled;
import io.engineroom.inbox.classification.evaluation.RatedText;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The inbox classifier graded on labelled text nobody here wrote, and timed. Not part of the build:
 * {@code ./mvnw -Pbenchmark test -Dtest=ClassifierBenchmark -Deval.dir=...}. Prints accuracy, macro-F1 and the
 * confusion matrix for sentiment and category, throughput, per-text latency and start-up cost, each against its
 * target ("met", "NOT met", or "NOT run" when its data is missing: never a figure made up). Fails only when an
 * evaluation text is also a training text, since every figure would then flatter the model.
 *
 * <p>The evaluation data is public but not in this repository; {@code eval.dir} (default
 * {@code ../shared/datasets}) holds the publishers' files unchanged. Samples of other parts of some of these sets
 * ship as training examples (see {@code src/main/resources/inbox/*.LICENSE.txt}): VADER's film and editorial
 * snippets, banking77's training file, and the training half of the SMS and Davidson sets by
 * {@link PublicSetSplit}; only their evaluation half is read here, and the leakage check proves no text is shared.
 * <ul>
 * <li>{@value #TWEETS} (and optionally {@value #AMAZON}): VADER's ICWSM-2014 ground truth, MIT, from
 * cjhutto/vaderSentiment {@code additional_resources/hutto_ICWSM_2014.tar.gz}: sentiment, 3 bands of the
 * raters' mean (see {@link RatedText}); the target is two-way (see {@link SentimentFigures});</li>
 * <li>{@value #BANKING77}: banking77's {@code banking_data/test.csv}, CC BY 4.0, PolyAI-LDN/task-specific-datasets:
 * QUESTION and COMPLAINT (see {@link CategorySources#BANKING77_COMPLAINTS});</li>
 * <li>{@value #SMS}: the SMS Spam Collection (UCI, CC BY 4.0), its spam as SPAM (evaluation half);</li>
 * <li>{@value #DAVIDSON}: {@code data/labeled_data.csv} of t-davidson/hate-speech-and-offensive-language, MIT:
 * hate speech and offensive language as OFFENSIVE (evaluation half).</li>
 * </ul>
 * The UCI "Sentiment Labelled Sentences" are reserved for an independent check and never read here.
 */
@Tag("benchmark")
class ClassifierBenchmark {

    static final String TWEETS = EvaluationSet.TWEETS;
    static final String AMAZON = EvaluationSet.AMAZON;
    static final String BANKING77 = EvaluationSet.BANKING77;
    static final String SMS = EvaluationSet.SMS;
    static final String DAVIDSON = EvaluationSet.DAVIDSON;

    private static final Path EVAL_DIR = Path.of(System.getProperty("eval.dir", "../shared/datasets"));
    private static final Path TRAINING = Path.of("src/main/resources/inbox");
    private static final int PER_CATEGORY = Integer.getInteger("eval.perCategory", 500);
    private static final long SEED = Long.getLong("eval.seed", 19);

    @Test
    void classifierOnPublicLabelledTextAndItsSpeed() throws Exception {
        System.out.printf(Locale.ROOT, "%n=== Classifier benchmark: evaluation sets in %s; %d cores, load average %.1f"
                + " ===%n", EVAL_DIR.toAbsolutePath().normalize(), Runtime.getRuntime().availableProcessors(),
                loadAverage());
        Startup startup = Startup.measure();
        Function<String, Classification> classifier = startup.classifier()::classify;

        List<String> missing = new ArrayList<>();
        List<RatedText> tweets = read(TWEETS, missing, EvaluationFiles::vaderGroundTruth);
        List<RatedText> amazon = read(AMAZON, missing, EvaluationFiles::vaderGroundTruth);
        List<Labelled<Category>> categories = new ArrayList<>();
        for (var source : List.<Source>of(new Source(BANKING77, CategorySources::banking77),
                new Source(SMS, file -> EvaluationSet.evaluationHalf(CategorySources.smsSpam(file))),
                new Source(DAVIDSON, file -> EvaluationSet.evaluationHalf(CategorySources.davidson(file))))) {
            categories.addAll(read(source.file(), missing, source.reader()));
        }
        missing.forEach(file -> System.out.println("MISSING " + EVAL_DIR.resolve(file).toAbsolutePath().normalize()
                + ": its figures are not run"));

        List<String> evaluated = new ArrayList<>();
        List.of(tweets, amazon).forEach(set -> set.forEach(text -> evaluated.add(text.text())));
        categories.forEach(example -> evaluated.add(example.text()));
        TrainingLeakage training = TrainingLeakage.of(TRAINING);
        List<String> leaked = training.leaked(evaluated);
        System.out.printf("leakage check: %,d evaluation texts against %,d training texts in %s: %d shared%n",
                evaluated.size(), training.size(), training.files(), leaked.size());
        assertThat(leaked).as("evaluation texts that are also training texts: the figures would flatter the model")
                .isEmpty();

        List<String> verdicts = new ArrayList<>(startup.verdicts());
        verdicts.add(SentimentFigures.report("VADER tweets", tweets, classifier, true));
        SentimentFigures.report("VADER Amazon snippets (second domain, no target)", amazon, classifier, false);
        verdicts.add(categoryFigures(categories, missing, classifier));

        List<String> speedTexts = evaluated;
        if (evaluated.isEmpty()) {
            System.out.printf("%nno evaluation set: speed is measured on the shipped training texts%n");
            speedTexts = training.texts();
        }
        verdicts.addAll(SpeedRun.report(speedTexts, startup));

        System.out.printf(Locale.ROOT, "%nclassifier %s; load average now %.1f%n", startup.model(), loadAverage());
        verdicts.forEach(System.out::println);
    }

    private static String categoryFigures(List<Labelled<Category>> all, List<String> missing,
            Function<String, Classification> classifier) {
        String target = "category macro-F1 >= 0.80";
        if (all.isEmpty()) {
            return target + ": NOT run (no category set in " + EVAL_DIR + ")";
        }
        List<Labelled<Category>> sample = EvaluationFiles.balanced(all, PER_CATEGORY, SEED);
        ConfusionMatrix<Category> matrix = new ConfusionMatrix<>(Category.class);
        sample.forEach(example -> matrix.add(example.label(), classifier.apply(example.text()).category()));
        System.out.printf(Locale.ROOT, "%n--- Category: banking77 + SMS Spam Collection + Davidson, at most %d a "
                + "category (seed %d), %,d texts ---%n", PER_CATEGORY, SEED, matrix.total());
        System.out.print(matrix.table(Category::label));
        System.out.printf(Locale.ROOT, "accuracy %.3f, macro-F1 %.3f over %s%n", matrix.accuracy(), matrix.macroF1(),
                matrix.covered());
        List<String> absent = missing.stream().filter(List.of(BANKING77, SMS, DAVIDSON)::contains).toList();
        if (!absent.isEmpty()) {
            return String.format(Locale.ROOT, "%s: NOT run (macro-F1 %.3f over %s only; missing %s)", target,
                    matrix.macroF1(), matrix.covered(), absent);
        }
        return String.format(Locale.ROOT, "%s: %.3f %s", target, matrix.macroF1(),
                matrix.macroF1() >= 0.80 ? "met" : "NOT met");
    }

    private static <T> List<T> read(String name, List<String> missing, Reader<T> reader) throws IOException {
        Path file = EVAL_DIR.resolve(name);
        if (!Files.isRegularFile(file)) {
            missing.add(name);
            return List.of();
        }
        List<T> read = reader.read(file);
        System.out.printf("read %,d labelled texts from %s%n", read.size(), file);
        return read;
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    @FunctionalInterface
    interface Reader<T> {
        List<T> read(Path file) throws IOException;
    }

    private record Source(String file, Reader<Labelled<Category>> reader) {
    }
}
