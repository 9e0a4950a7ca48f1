package io.engineroom.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.base.CacheStamps;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.RetrainingFixtures.Corrected;
import io.engineroom.inbox.classification.SentenceEmbeddings;
import io.engineroom.inbox.domain.ClassifierTrainingStore;
import io.engineroom.inbox.domain.InteractionRepository;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Retraining on the real application and PostgreSQL, graded on the fixture evaluation set
 * ({@value RetrainingFixtures#EVALUATION_DIR}): corrections people make become labelled examples; a candidate that
 * learned helpful ones is activated and classifies the next interaction, which records its version; one that
 * learned praise called complaint is kept but not activated, and the model in use stays. Each test removes its
 * corrections and puts the model in use back, so no other test classifies with a model trained here.
 */
@EngineRoomIntegrationTest
class ClassifierRetrainingTest {

    @Autowired
    ClassifierRetraining retraining;
    @Autowired
    InteractionIntake intake;
    @Autowired
    InteractionCorrections corrections;
    @Autowired
    ClassificationExamples examples;
    @Autowired
    InteractionRepository interactions;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    InteractionClassifier classifier;
    @Autowired
    ClassifierTrainingStore store;

    String brand;
    long channel;
    String modelBefore;

    @BeforeEach
    void aBrandWhoseCorrectionsTheAdminReads() {
        brand = "retrain-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Retraining Test", false));
        channel = AsAdmin.call(() -> channels.addManual(brand, Platform.MASTODON, "@retrain@social.example", true))
                .id();
        brands.addMember(brand, "community-manager");
        brands.addMember(brand, "admin");
        modelBefore = asAdmin(ClassifierRetraining::activeModel);
    }

    @AfterEach
    void theCorrectionsGoAndTheModelInUseComesBack() {
        jdbc.update("delete from classification_correction where interaction_id in"
                + " (select id from interaction where brand_id = ?)", brand);
        if (!modelBefore.equals(asAdmin(ClassifierRetraining::activeModel))) {
            asAdmin(service -> {
                service.activate(modelBefore);
                return null;
            });
        }
    }

    @Test
    void helpfulCorrectionsTrainACandidateThatIsActivatedAndTheNextInteractionRecordsItsVersion() {
        Instant since = clock.instant().minusSeconds(1);
        List<Corrected> helpful = RetrainingFixtures.helpful();
        List<String> ids = receive(helpful);
        for (int i = 0; i < ids.size(); i++) {
            Corrected truth = helpful.get(i);
            // first a wrong label, then the right one: the latest correction is the label, whatever the model said
            correct(ids.get(i), truth.sentiment() == Sentiment.NEGATIVE ? Sentiment.POSITIVE : Sentiment.NEGATIVE,
                    truth.category() == Category.SPAM ? Category.OFFENSIVE : Category.SPAM);
            correct(ids.get(i), truth.sentiment(), truth.category());
        }

        Map<String, LabelledExample> labelled;
        try (var admin = SignedIn.as(users, "admin")) {
            labelled = examples.corrected(since).stream()
                    .collect(Collectors.toMap(LabelledExample::interactionId, Function.identity()));
        }
        for (int i = 0; i < ids.size(); i++) {
            assertThat(labelled.get(ids.get(i))).extracting(LabelledExample::text, LabelledExample::sentiment,
                    LabelledExample::category).containsExactly(helpful.get(i).text(), helpful.get(i).sentiment(),
                    helpful.get(i).category());
        }

        List<String> steps = new ArrayList<>();
        ClassifierTraining training = asAdmin(service -> service.retrain((what, done, total) -> steps.add(what)));

        assertThat(training.activated()).as(training.outcome()).isTrue();
        assertThat(training.outcome()).startsWith("Activated: not worse on any of");
        assertThat(training.model()).matches("all-minilm-l6-v2-q\\+heads-r\\d+").isNotEqualTo(modelBefore);
        assertThat(training.previousModel()).isEqualTo(modelBefore);
        assertThat(training.correctedSentiment() + training.heldOutSentiment()).isGreaterThanOrEqualTo(12);
        assertThat(training.heldOutSentiment()).as("the recent half held out").isPositive();
        assertThat(training.evaluationNote()).as("every evaluation file was read").isNull();
        assertThat(training.figures()).extracting(ClassifierFigure::measure).contains(
                "evaluation set sentiment accuracy", "evaluation set category macro-F1",
                "held-out corrections sentiment accuracy");
        assertThat(steps).contains("Reading the shipped examples", "Training the heads",
                "Grading on the evaluation set (sentiment)");
        assertThat(asAdmin(ClassifierRetraining::activeModel)).isEqualTo(training.model());
        assertThat(asAdmin(ClassifierRetraining::trainings).get(0).model()).isEqualTo(training.model());

        String next = receive(List.of(new Corrected("Do you sell gift cards in your shops?", Sentiment.NEUTRAL,
                Category.QUESTION))).get(0);
        assertThat(interactions.findById(next).orElseThrow().getModelVersion()).isEqualTo(training.model());
        assertThat(interactions.findById(ids.get(0)).orElseThrow().getModelVersion())
                .as("what an earlier model classified keeps its version").isEqualTo(modelBefore);
    }

    @Test
    void praiseCalledComplaintTrainsACandidateThatIsKeptButNotActivatedAndTheModelInUseStays() {
        List<Corrected> poisoned = RetrainingFixtures.poisoned();
        List<String> ids = receive(poisoned);
        ids.forEach(id -> correct(id, Sentiment.NEGATIVE, Category.COMPLAINT));

        ClassifierTraining training = asAdmin(service -> service.retrain((what, done, total) -> { }));

        assertThat(training.activated()).isFalse();
        assertThat(training.outcome()).startsWith("Kept the old model: the candidate is worse on")
                .contains("evaluation set category");
        assertThat(asAdmin(ClassifierRetraining::activeModel)).isEqualTo(modelBefore);
        ClassifierTraining kept = asAdmin(ClassifierRetraining::trainings).get(0);
        assertThat(kept.model()).isEqualTo(training.model());
        assertThat(kept.activated()).isFalse();
        assertThat(kept.figures()).isEqualTo(training.figures());
        String next = receive(List.of(new Corrected("Do you sell gift cards in your shops?", Sentiment.NEUTRAL,
                Category.QUESTION))).get(0);
        assertThat(interactions.findById(next).orElseThrow().getModelVersion()).isEqualTo(modelBefore);
    }

    @Test
    void nobodyButAnAdminRetrainsListsOrActivates() {
        try (var manager = SignedIn.as(users, "social-manager")) {
            assertThatThrownBy(() -> retraining.retrain((what, done, total) -> { }))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> retraining.trainings()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> retraining.activate(ClassifierRetraining.SHIPPED))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(asAdmin(ClassifierRetraining::activeModel)).isEqualTo(modelBefore);
    }

    @Test
    void aVersionThatWasNeverTrainedCannotBeActivated() {
        assertThatThrownBy(() -> asAdmin(service -> {
            service.activate("all-minilm-l6-v2-q+heads-r999999");
            return null;
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("No training all-minilm-l6-v2-q+heads-r999999"
                + " is kept");
        assertThat(asAdmin(ClassifierRetraining::activeModel)).isEqualTo(modelBefore);
    }

    private List<String> receive(List<Corrected> texts) {
        List<IncomingInteraction> incoming = new ArrayList<>();
        for (Corrected text : texts) {
            incoming.add(new IncomingInteraction(UUID.randomUUID().toString(), InteractionKind.MENTION, "@ann",
                    "Ann", text.text(), "post-1", clock.instant(), null));
        }
        return intake.acceptAndStart(channel, incoming).entries().stream().map(entry -> entry.interactionId()).toList();
    }

    @Test
    void headsActivatedOnAnotherNodeClassifyHereWithinTheStampsCheckInterval() throws InterruptedException {
        // "another node" keeps heads under a version of its own and activates them: rows and stamp, nothing in memory
        String heads = "heads-r" + (900_000 + Math.abs(UUID.randomUUID().hashCode() % 99_999));
        String version = SentenceEmbeddings.MODEL + "+" + heads;
        String inUse = classifier.active().model();
        String headsJson = classifier.active().headsJson().replace(
                "\"version\":\"" + inUse.substring(inUse.indexOf('+') + 1) + "\"", "\"version\":\"" + heads + "\"");
        assertThat(headsJson).contains(heads);
        Instant now = clock.instant();
        store.insert(new ClassifierTrainingStore.Row(0, version, now, "admin", modelBefore, 0, 0, 0, 0, 0, 0, "[]",
                null, true, "Activated on another node"), headsJson);
        jdbc.update("insert into classifier_activation (version, activated_at, activated_by, reason)"
                + " values (?, ?, ?, ?)", version, Timestamp.from(now), "admin", "Activated on another node");
        assertThat(asAdmin(ClassifierRetraining::activeModel)).isEqualTo(modelBefore);
        jdbc.update("update cache_stamp set version = version + 1 where name = ?",
                ClassifierTrainingStore.ACTIVE_HEADS);

        // the documented bound: one check interval plus one check (2 s allowed for it on a loaded machine)
        long deadline = System.nanoTime() + CacheStamps.CHECK_EVERY.plusSeconds(2).toNanos();
        String active = asAdmin(ClassifierRetraining::activeModel);
        while (!active.equals(version) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            active = asAdmin(ClassifierRetraining::activeModel);
        }
        assertThat(active).isEqualTo(version);
    }

    private void correct(String id, Sentiment sentiment, Category category) {
        try (var signedIn = SignedIn.as(users, "community-manager")) {
            corrections.correct(id, sentiment, category);
        }
    }

    private <T> T asAdmin(Function<ClassifierRetraining, T> work) {
        try (var admin = SignedIn.as(users, "admin")) {
            return work.apply(retraining);
        }
    }
}
