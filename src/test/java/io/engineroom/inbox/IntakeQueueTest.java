package io.engineroom.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSettings;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionRepository;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake's durable queue on PostgreSQL with the real classifier and engine: a delivery is acknowledged once
 * queued; its interactions are classified and their SOPs started when worked through (here in the test's thread,
 * through the workers' own passes; {@code IntakeWorkersTest} runs the workers), with the SLA counted from receipt;
 * a redelivery is a duplicate while queued too; a row that keeps failing is set aside without holding up the
 * others; rows a dying worker held are taken over and started once.
 */
@EngineRoomIntegrationTest
class IntakeQueueTest {

    static final String COMPLAINT = "My order arrived broken and nobody answers. Terrible service!";

    @Autowired
    InteractionIntake intake;
    @Autowired
    IntakeQueueStore store;
    @Autowired
    InteractionRepository interactions;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    SlaTargets slaTargets;
    @Autowired
    UserDirectory users;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    String brand;
    long channel;

    @BeforeEach
    void aBrandWithATwentyMinuteComplaintTargetRoundTheClock() {
        brand = "queue-" + UUID.randomUUID().toString().substring(0, 8);
        try (var admin = SignedIn.as(users, "admin")) {
            brands.create(brand, "Queue " + brand, false);
            brands.configure(new BrandSettings(brand, "Queue " + brand, false, false, ZoneOffset.UTC,
                    Duration.ofHours(24)));
            channel = channels.addManual(brand, Platform.MASTODON, "@queue@social.example", true).id();
            slaTargets.define(brand, List.of(new SlaTarget(Category.COMPLAINT, Duration.ofMinutes(20), false)));
        }
    }

    @AfterEach
    void clockBack() {
        TestClock.get().reset();
    }

    @Test
    void aDeliveryIsAcknowledgedOnceQueuedAndItsSopStartsWhenWorkedThrough() {
        IntakeReceipt receipt = intake.accept(channel, List.of(complaint("a-1"), complaint("a-2")));
        List<String> ids = receipt.entries().stream().map(IntakeReceipt.Entry::interactionId).toList();

        assertThat(receipt.created()).isEqualTo(2);
        assertThat(queued(ids)).isEqualTo(2);
        assertThat(interactions.findAllById(ids)).as("not classified yet").isEmpty();

        intake.startNow(ids);

        assertThat(queued(ids)).isZero();
        for (String id : ids) {
            Interaction interaction = interactions.findById(id).orElseThrow();
            assertThat(interaction.getCategory()).isEqualTo(Category.COMPLAINT);
            assertThat(interaction.getSopStartedAt()).isNotNull();
            assertThat(interaction.getProcessInstanceId()).isNotNull();
            assertThat(taskService.createTaskQuery().processInstanceId(interaction.getProcessInstanceId())
                    .taskDefinitionKey("Respond").count()).isOne();
        }
    }

    @Test
    void theSlaCountsFromReceiptNotFromWhenAWorkerGotToIt() {
        Instant received = TestClock.get().instant();
        String id = intake.accept(channel, List.of(complaint("late-1"))).entries().get(0).interactionId();
        TestClock.get().moveBy(Duration.ofMinutes(40));

        intake.startQueued(channel);

        Interaction interaction = interactions.findById(id).orElseThrow();
        assertThat(Duration.between(received, interaction.getReceivedAt()).abs()).isLessThan(Duration.ofSeconds(1));
        assertThat(interaction.getFirstResponseDue()).isEqualTo(interaction.getReceivedAt().plus(
                Duration.ofMinutes(20)));
        assertThat(interaction.getSopStartedAt()).isAfterOrEqualTo(interaction.getReceivedAt().plus(
                Duration.ofMinutes(40)));
    }

    @Test
    void aRedeliveryWhileStillQueuedIsADuplicateOfTheQueuedInteraction() {
        String first = intake.accept(channel, List.of(complaint("twice"))).entries().get(0).interactionId();

        IntakeReceipt again = intake.accept(channel, List.of(complaint("twice"), complaint("twice")));

        assertThat(again.entries()).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.duplicate()).isTrue();
            assertThat(entry.interactionId()).isEqualTo(first);
        });
        assertThat(jdbc.queryForObject("select count(*) from intake_queue where channel_id = ?", Integer.class,
                channel)).isOne();
        intake.startQueued(channel);
        assertThat(intake.accept(channel, List.of(complaint("twice"))).entries().get(0))
                .satisfies(entry -> assertThat(entry.interactionId()).isEqualTo(first))
                .satisfies(entry -> assertThat(entry.duplicate()).isTrue());
    }

    @Test
    void aRowThatKeepsFailingIsSetAsideWithItsErrorAndTheOthersGoOn() {
        String good = intake.accept(channel, List.of(complaint("good"))).entries().get(0).interactionId();
        // a queue row that can never be classified: its interaction id is taken by another interaction already
        String taken = intake.acceptAndStart(channel, List.of(complaint("taken"))).entries().get(0).interactionId();
        Timestamp now = Timestamp.from(TestClock.get().instant());
        jdbc.update("insert into intake_queue (interaction_id, brand_id, channel_id, external_id, kind, author_handle,"
                + " text, priority, occurred_at, received_at) values (?, ?, ?, 'poison', 'COMMENT', '@eve', ?,"
                + " 'NORMAL', ?, ?)", taken, brand, channel, COMPLAINT, now, now);

        assertThatThrownBy(() -> intake.startNow(List.of(taken, good))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set aside");

        assertThat(interactions.findById(good).orElseThrow().getSopStartedAt()).isNotNull();
        Map<String, Object> parked = jdbc.queryForMap("select attempts, last_error, parked_at from intake_queue"
                + " where interaction_id = ?", taken);
        assertThat(parked.get("attempts")).isEqualTo(IntakeQueueStore.MAX_ATTEMPTS);
        assertThat(parked.get("parked_at")).isNotNull();
        assertThat((String) parked.get("last_error")).startsWith("CLASSIFY");
        assertThat(store.queuedOf(channel)).as("set aside: no worker takes it again").isEmpty();
    }

    @Test
    void rowsADyingWorkerHeldAreTakenOverAndStartedOnce() throws Exception {
        List<String> ids = intake.accept(channel, List.of(complaint("held-1"), complaint("held-2"))).entries()
                .stream().map(IntakeReceipt.Entry::interactionId).toList();
        CountDownLatch claimed = new CountDownLatch(1);
        ExecutorService otherNode = Executors.newSingleThreadExecutor();
        // another worker claims the rows and dies before it commits: its transaction rolls back
        Future<Integer> dying = otherNode.submit(() -> new TransactionTemplate(transactions).execute(status -> {
            int held = store.claimToClassify(10, ids).size();
            claimed.countDown();
            sleep(1_500);
            status.setRollbackOnly();
            return held;
        }));
        assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();

        intake.startNow(ids);

        assertThat(dying.get()).isEqualTo(2);
        otherNode.shutdown();
        for (String id : ids) {
            assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(
                    "interaction:" + id).count()).isOne();
        }
        assertThat(queued(ids)).isZero();
    }

    private int queued(List<String> ids) {
        return store.pending(ids);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static IncomingInteraction complaint(String externalId) {
        return new IncomingInteraction(externalId, InteractionKind.COMMENT, "@ana", "Ana", COMPLAINT, "post-1",
                Instant.parse("2026-12-01T10:00:00Z"), null);
    }
}
