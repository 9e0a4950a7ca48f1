package io.engineroom.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.inbox.classification.HeadRetraining;
import io.engineroom.inbox.classification.HeadRetraining.Candidate;
import io.engineroom.inbox.classification.HeadRetraining.Graded;
import io.engineroom.inbox.classification.HeadRetraining.Progress;
import io.engineroom.inbox.classification.TextClassifier;
import io.engineroom.inbox.classification.evaluation.ConfusionMatrix;
import io.engineroom.inbox.classification.evaluation.EvaluationSet;
import io.engineroom.inbox.classification.evaluation.Labelled;
import io.engineroom.inbox.domain.ClassifierTrainingStore;
import io.engineroom.inbox.domain.ClassifierTrainingStore.Row;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An admin's retraining of the classifier's heads on the shipped examples plus people's corrections, activated only
 * if it is not worse than the model in use ({@link NotWorseRule}). The candidate and the active model are graded on
 * the same texts: the evaluation set ({@link ClassifierSettings#evaluationDir()}, public data nobody here wrote) and
 * the held-out half of recent corrections ({@link CorrectionSplit}), which no candidate trains on. Every candidate is
 * kept with its figures, activated or not; an activated one classifies from the next interaction on, and each
 * interaction records the version that classified it. Corrections of text the model does not read (another
 * language) and to "Unclassified" (no category a model chooses) teach nothing and are left out.
 */
@Service
public class ClassifierRetraining {

    /** The shipped heads, by the name interactions record. */
    public static final String SHIPPED = TextClassifier.MODEL;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LISTED = 50;

    private final ClassificationExamples examples;
    private final InteractionClassifier classifier;
    private final ClassifierTrainingStore store;
    private final ClassifierSettings settings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final HeadRetraining retraining;
    private final AtomicBoolean running = new AtomicBoolean();

    ClassifierRetraining(ClassificationExamples examples, InteractionClassifier classifier,
            ClassifierTrainingStore store, ClassifierSettings settings, CurrentUser currentUser, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.examples = examples;
        this.classifier = classifier;
        this.store = store;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.retraining = new HeadRetraining(classifier.embeddings());
    }

    /** The model classifying new interactions now. */
    public String activeModel() {
        requireAdmin();
        return classifier.active().model();
    }

    /** Where the evaluation set is read from, or a plain sentence why there is none. */
    public String evaluationSource() {
        requireAdmin();
        Path dir = settings.evaluationPath();
        if (dir == null) {
            return "No evaluation set is configured (engineroom.classifier.evaluation-dir): a retraining is graded"
                    + " on held-out corrections only.";
        }
        if (!Files.isDirectory(dir)) {
            return "The evaluation set's directory " + dir.toAbsolutePath().normalize() + " does not exist: a"
                    + " retraining is graded on held-out corrections only.";
        }
        return "Evaluation set: the public labelled files in " + dir.toAbsolutePath().normalize() + ".";
    }

    /** The latest trainings first. */
    public List<ClassifierTraining> trainings() {
        requireAdmin();
        return store.latest(LISTED).stream().map(ClassifierRetraining::training).toList();
    }

    /** Whether a retraining runs on this node now. */
    public boolean running() {
        return running.get();
    }

    /**
     * Trains a candidate, grades it against the active model, keeps it, and activates it if it is not worse. Takes
     * tens of seconds (every text is embedded): call it off the UI thread, with the admin's security context.
     *
     * @throws IllegalStateException when a retraining already runs on this node, or an evaluation file is there
     *         but cannot be read
     */
    public ClassifierTraining retrain(Progress progress) {
        EngineRoomUser admin = requireAdmin();
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("A retraining is already running: wait for its result");
        }
        try {
            return retrainAs(admin, progress);
        } finally {
            running.set(false);
        }
    }

    /** Makes a kept training, or the shipped heads ({@link #SHIPPED}), classify from now on: an admin going back. */
    public void activate(String model) {
        EngineRoomUser admin = requireAdmin();
        TextClassifier next;
        if (SHIPPED.equals(model)) {
            next = TextClassifier.loadDefault(classifier.embeddings());
        } else {
            String heads = store.headsJson(model).orElseThrow(() -> new IllegalArgumentException("No training "
                    + model + " is kept"));
            next = TextClassifier.withHeads(classifier.embeddings(), heads, model);
        }
        store.activate(model, clock.instant(), admin.id(), "Chosen by " + admin.id());
        classifier.activate(next);
    }

    private ClassifierTraining retrainAs(EngineRoomUser admin, Progress progress) {
        Instant now = clock.instant();
        TextClassifier before = classifier.active();
        CorrectionSplit split = new CorrectionSplit(now.minus(settings.correctionsWindow()));
        List<Labelled<Sentiment>> trainSentiment = new ArrayList<>();
        List<Labelled<Category>> trainCategory = new ArrayList<>();
        List<Labelled<Sentiment>> heldSentiment = new ArrayList<>();
        List<Labelled<Category>> heldCategory = new ArrayList<>();
        for (LabelledExample example : examples.corrected(Instant.EPOCH)) {
            if (example.text() == null || !classifier.reads(example.text())) {
                continue;
            }
            boolean held = split.heldOut(example);
            if (example.sentiment() != null) {
                (held ? heldSentiment : trainSentiment).add(new Labelled<>(example.text(), example.sentiment()));
            }
            if (example.category() != null && example.category() != Category.UNCLASSIFIED) {
                (held ? heldCategory : trainCategory).add(new Labelled<>(example.text(), example.category()));
            }
        }
        EvaluationSet evaluation = evaluationSet();
        long number = store.nextNumber();
        String headsVersion = "heads-r" + number;
        Candidate candidate = retraining.train(headsVersion, trainSentiment, trainCategory, progress);
        TextClassifier after = candidate.classifier();

        List<ClassifierFigure> figures = new ArrayList<>();
        figures.addAll(figures("evaluation set sentiment", retraining.grade(before, after, evaluation.sentiment(),
                Sentiment.class, Classification::sentiment, "Grading on the evaluation set (sentiment)", progress)));
        figures.addAll(figures("evaluation set category", retraining.grade(before, after, evaluation.category(),
                Category.class, Classification::category, "Grading on the evaluation set (category)", progress)));
        figures.addAll(figures("held-out corrections sentiment", retraining.grade(before, after, heldSentiment,
                Sentiment.class, Classification::sentiment, "Grading on held-out corrections", progress)));
        figures.addAll(figures("held-out corrections category", retraining.grade(before, after, heldCategory,
                Category.class, Classification::category, "Grading on held-out corrections", progress)));
        NotWorseRule.Decision decision = NotWorseRule.decide(figures);

        Row row = new Row(0, after.model(), now, admin.id(), before.model(), candidate.shippedSentiment(),
                candidate.shippedCategory(), candidate.correctedSentiment(), candidate.correctedCategory(),
                heldSentiment.size(), heldCategory.size(), json(figures), note(evaluation), decision.activate(),
                decision.reason());
        transactions.executeWithoutResult(status -> {
            store.insert(row, after.headsJson());
            if (decision.activate()) {
                store.activate(after.model(), now, admin.id(), decision.reason());
            }
        });
        if (decision.activate()) {
            classifier.activate(after);
        }
        return training(row);
    }

    private EvaluationSet evaluationSet() {
        Path dir = settings.evaluationPath();
        if (dir == null || !Files.isDirectory(dir)) {
            return EvaluationSet.none();
        }
        try {
            return EvaluationSet.read(dir, settings.evaluationPerLabel());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the evaluation set in " + dir + ": " + e.getMessage(), e);
        }
    }

    private String note(EvaluationSet evaluation) {
        if (settings.evaluationPath() == null) {
            return "No evaluation set is configured: graded on held-out corrections only";
        }
        if (evaluation.missing().isEmpty()) {
            return null;
        }
        return "Not in " + settings.evaluationPath() + ": " + String.join(", ", evaluation.missing());
    }

    /** Accuracy and macro-F1 of both models, or nothing when there was no text to take them on. */
    static <L extends Enum<L>> List<ClassifierFigure> figures(String set, Graded<L> graded) {
        ConfusionMatrix<L> before = graded.before();
        ConfusionMatrix<L> after = graded.after();
        if (before.total() == 0) {
            return List.of();
        }
        int texts = (int) before.total();
        return List.of(new ClassifierFigure(set + " accuracy", texts, before.accuracy(), after.accuracy()),
                new ClassifierFigure(set + " macro-F1", texts, before.macroF1(), after.macroF1()));
    }

    private static ClassifierTraining training(Row row) {
        return new ClassifierTraining(row.version(), row.trainedAt(), row.trainedBy(), row.previousModel(),
                row.shippedSentiment(), row.shippedCategory(), row.correctedSentiment(), row.correctedCategory(),
                row.heldOutSentiment(), row.heldOutCategory(), figures(row.figuresJson()), row.evaluationNote(),
                row.activated(), row.outcome());
    }

    private static String json(List<ClassifierFigure> figures) {
        try {
            return JSON.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Figures are plain records", e);
        }
    }

    private static List<ClassifierFigure> figures(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<ClassifierFigure>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A kept training's figures do not read: " + e.getMessage(), e);
        }
    }

    private EngineRoomUser requireAdmin() {
        return currentUser.requireRole(Role.ADMIN, "Only an administrator retrains the classifier");
    }
}
