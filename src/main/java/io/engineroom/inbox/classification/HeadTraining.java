package io.engineroom.inbox.classification;

import io.engineroom.inbox.Category;
import io.engineroom.inbox.Sentiment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the shipped heads from the shipped corpora, offline: embedding a corpus takes seconds, too long for
 * start-up, so this runs when a corpus changes and its output, {@value ClassifierHeads#DEFAULT_RESOURCE}, is
 * committed. A test retrains and compares, so a corpus changed without retraining fails the build. Run
 * {@code main} from the project directory after {@code ./mvnw -o test-compile}, with {@code target/classes} and the
 * dependencies on the class path ({@code ./mvnw dependency:build-classpath} lists them); {@code --tune} prints
 * 10-fold cross-validated accuracy for a range of penalties instead of writing, and the one to take: the strongest
 * penalty within half a point of the best accuracy (the accuracies are flat near the best, and a stronger penalty
 * gives less overconfident probabilities, which decide what is flagged as doubtful). The penalties below are what
 * it chose.
 */
final class HeadTraining {

    /** Our own messages to brands, written for the inbox's three tones. */
    static final String SENTIMENT_CORPUS = "/inbox/sentiment-training.csv";
    /**
     * Every fourth movie-review and NYT-editorial snippet of VADER's human-rated ground truth (C.J. Hutto, MIT
     * licence, see {@code sentiment-training-vader.LICENSE.txt}), banded as the benchmark bands ratings (mean
     * <= -0.5 negative, >= 0.5 positive): sentences nobody here wrote, in two more registers than our own. VADER's
     * tweets and Amazon snippets are the benchmark's evaluation sets and are never trained on.
     */
    static final String SENTIMENT_PUBLIC_CORPUS = "/inbox/sentiment-training-vader.csv";
    static final String CATEGORY_CORPUS = "/inbox/category-training.csv";
    /**
     * Public examples of the categories people outside this project labelled (see
     * {@code category-training-public.LICENSE.txt}): 100 spam texts of the SMS Spam Collection and 100 offensive
     * tweets of Davidson et al., both from the training half of {@link PublicSetSplit}. Not banking77's training
     * file: mapped onto our categories, its many problem reports that are not failures of the service ("my card has
     * not arrived") taught the head that "my order arrived broken ... terrible service" is a question, while its
     * benchmark figure rose: a model fitted to one bank's phrasing, not to brands' messages.
     */
    static final String CATEGORY_PUBLIC_CORPUS = "/inbox/category-training-sms-davidson.csv";
    static final double SENTIMENT_L2 = 1e-3;
    static final double CATEGORY_L2 = 3e-4;

    /** The examples as the heads read them; the row order is the corpus order. */
    record Examples(double[][] features, int[] labels) {
    }

    /** Both shipped corpora as the heads read them. */
    record Shipped(Examples sentiment, Examples category) {
    }

    /** Guarded by the class: see {@link #shipped}. */
    private static Shipped shipped;

    private final SentenceEmbeddings embeddings;
    private final SentimentScorer lexicon;

    HeadTraining(SentenceEmbeddings embeddings, SentimentScorer lexicon) {
        this.embeddings = embeddings;
        this.lexicon = lexicon;
    }

    ClassifierHeads train() {
        return train(sentimentExamples(), categoryExamples());
    }

    static ClassifierHeads train(Examples sentiment, Examples category) {
        return new ClassifierHeads(ClassifierHeads.VERSION,
                LogisticHead.train(names(Sentiment.values()), sentiment.features(), sentiment.labels(), SENTIMENT_L2),
                LogisticHead.train(names(Category.modelled()), category.features(), category.labels(), CATEGORY_L2),
                fingerprints());
    }

    /**
     * Both shipped corpora, embedded once per JVM: they are resources of this build, and the model and the default
     * lexicon read them alike for every caller, so embedding them again (most of a retraining's time, thousands of
     * texts) would give the same numbers. A JVM runs one application; a test run has several readers (each
     * application context's retraining, the model's own tests), and each embedded them again.
     */
    static synchronized Shipped shipped(SentenceEmbeddings embeddings) {
        if (shipped == null) {
            HeadTraining training = new HeadTraining(embeddings, new SentimentScorer(SentimentLexicon.loadDefault()));
            shipped = new Shipped(training.sentimentExamples(), training.categoryExamples());
        }
        return shipped;
    }

    Examples sentimentExamples() {
        return examples(sentimentCorpus());
    }

    /** Both sentiment corpora, ours first. */
    static List<LabelledText.Labelled<Sentiment>> sentimentCorpus() {
        return corpus(Sentiment.class, SENTIMENT_CORPUS, SENTIMENT_PUBLIC_CORPUS);
    }

    Examples categoryExamples() {
        return examples(categoryCorpus());
    }

    /** Both category corpora, ours first. */
    static List<LabelledText.Labelled<Category>> categoryCorpus() {
        return corpus(Category.class, CATEGORY_CORPUS, CATEGORY_PUBLIC_CORPUS);
    }

    /** The examples of every resource, in the order given. */
    private static <L extends Enum<L>> List<LabelledText.Labelled<L>> corpus(Class<L> labels, String... resources) {
        List<LabelledText.Labelled<L>> corpus = new ArrayList<>();
        for (String resource : resources) {
            corpus.addAll(LabelledText.readResource(resource, labels));
        }
        return corpus;
    }

    double[] features(String text) {
        return HeadFeatures.of(embeddings, lexicon, text);
    }

    /** SHA-256 of each corpus as shipped: what the heads were trained on. */
    static Map<String, String> fingerprints() {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        fingerprints.put("sentiment", sha256(SENTIMENT_CORPUS));
        fingerprints.put("sentiment-vader", sha256(SENTIMENT_PUBLIC_CORPUS));
        fingerprints.put("category", sha256(CATEGORY_CORPUS));
        fingerprints.put("category-sms-davidson", sha256(CATEGORY_PUBLIC_CORPUS));
        return fingerprints;
    }

    private <L extends Enum<L>> Examples examples(List<LabelledText.Labelled<L>> corpus) {
        double[][] features = new double[corpus.size()][];
        int[] labels = new int[corpus.size()];
        for (int i = 0; i < corpus.size(); i++) {
            features[i] = features(corpus.get(i).text());
            labels[i] = corpus.get(i).label().ordinal();
        }
        return new Examples(features, labels);
    }

    /** Accuracy over folds by position (every folds-th example), each scored by a head trained on the others. */
    static double crossValidatedAccuracy(List<String> classes, Examples examples, double l2, int folds) {
        int correct = 0;
        for (int fold = 0; fold < folds; fold++) {
            int n = examples.labels().length;
            int held = (n - fold + folds - 1) / folds;
            double[][] trainFeatures = new double[n - held][];
            int[] trainLabels = new int[n - held];
            for (int i = 0, t = 0; i < n; i++) {
                if (i % folds != fold) {
                    trainFeatures[t] = examples.features()[i];
                    trainLabels[t++] = examples.labels()[i];
                }
            }
            LogisticHead head = LogisticHead.train(classes, trainFeatures, trainLabels, l2);
            for (int i = fold; i < n; i += folds) {
                correct += best(head.probabilities(examples.features()[i])) == examples.labels()[i] ? 1 : 0;
            }
        }
        return (double) correct / examples.labels().length;
    }

    /** The largest penalty (given ascending) whose accuracy is within 0.005 of the best. */
    static double strongestNearBest(double[] penalties, double[] accuracies) {
        double best = Arrays.stream(accuracies).max().orElseThrow();
        double chosen = penalties[0];
        for (int p = 0; p < penalties.length; p++) {
            if (accuracies[p] >= best - 0.005) {
                chosen = penalties[p];
            }
        }
        return chosen;
    }

    static int best(double[] probabilities) {
        int best = 0;
        for (int c = 1; c < probabilities.length; c++) {
            if (probabilities[c] > probabilities[best]) {
                best = c;
            }
        }
        return best;
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        HeadTraining training = new HeadTraining(new SentenceEmbeddings(),
                new SentimentScorer(SentimentLexicon.loadDefault()));
        Examples sentiment = training.sentimentExamples();
        Examples category = training.categoryExamples();
        long embedded = System.nanoTime();
        System.out.printf("Embedded %d + %d examples in %.1f s%n", sentiment.labels().length,
                category.labels().length, (embedded - start) / 1e9);
        if (Arrays.asList(args).contains("--tune")) {
            double[] penalties = {1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2};
            double[] tone = new double[penalties.length];
            double[] kind = new double[penalties.length];
            for (int p = 0; p < penalties.length; p++) {
                tone[p] = crossValidatedAccuracy(names(Sentiment.values()), sentiment, penalties[p], 10);
                kind[p] = crossValidatedAccuracy(names(Category.modelled()), category, penalties[p], 10);
                System.out.printf("l2 %.0e: sentiment %.4f, category %.4f (10-fold)%n", penalties[p], tone[p],
                        kind[p]);
            }
            System.out.printf("take: sentiment %.0e, category %.0e%n", strongestNearBest(penalties, tone),
                    strongestNearBest(penalties, kind));
            return;
        }
        ClassifierHeads heads = train(sentiment, category);
        System.out.printf("Trained both heads in %.2f s%n", (System.nanoTime() - embedded) / 1e9);
        Path target = Path.of(args.length > 0 ? args[0] : "src/main/resources" + ClassifierHeads.DEFAULT_RESOURCE);
        heads.write(target);
        System.out.println("Wrote " + target.toAbsolutePath());
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    private static String sha256(String resource) {
        try (InputStream in = HeadTraining.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Labelled corpus " + resource + " is not on the class path");
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the labelled corpus " + resource, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK always has SHA-256", e);
        }
    }
}
