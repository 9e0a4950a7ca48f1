package io.engineroom.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionRepository;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestClock;
import io.engineroom.support.TestUsers;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Rows the intake set aside after failing three times, as an admin handles them on PostgreSQL with the real
 * classifier and engine: tried again, a row is taken by the next worker pass (run here in the test's thread, through
 * the workers' own passes: the shared context runs no workers) and its SOP started once; all of a channel's are tried
 * again together; discarded with a reason, it leaves the queue and the audit trail keeps the reason. Each change is
 * an admin change. Nobody else sees, tries again or discards a row, and a row not set aside is not touched.
 */
@EngineRoomIntegrationTest
class IntakeSetAsideTest {

    static final String QUESTION = "Do you ship your coffee beans to Norway?";

    @Autowired
    IntakeSetAside setAside;
    @Autowired
    InteractionIntake intake;
    @Autowired
    IntakeWork work;
    @Autowired
    InteractionRepository interactions;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    UserDirectory users;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;

    String brand;
    long channel;
    /** A social media manager of this very brand. */
    String brandManager;

    @BeforeEach
    void aBrandWithAChannel() {
        brand = "aside-" + UUID.randomUUID().toString().substring(0, 8);
        try (SignedIn admin = SignedIn.as(users, "admin")) {
            brands.create(brand, "Set aside " + brand, false);
            channel = channels.addManual(brand, Platform.MASTODON, "@aside@social.example", true).id();
            brandManager = TestUsers.ensure(users, brands, brand + "-manager", Role.SOCIAL_MANAGER, brand);
        }
    }

    @Test
    void aRowSetAsideAndTriedAgainIsStartedOnceByTheNextWorkerPass() {
        String id = queued("again-1");
        setAsideAsTheWorkersDo(id, "CLASSIFY: java.lang.IllegalStateException: the classifier was away");
        intake.startQueued(channel);
        assertThat(interactions.findById(id)).as("set aside: no worker pass takes it").isEmpty();

        try (SignedIn admin = SignedIn.as(users, "admin")) {
            assertThat(setAside.of(channel)).singleElement().satisfies(row -> {
                assertThat(row.interactionId()).isEqualTo(id);
                assertThat(row.attempts()).isEqualTo(IntakeQueueStore.MAX_ATTEMPTS);
                assertThat(row.lastError()).contains("the classifier was away");
                assertThat(row.classified()).isFalse();
            });
            setAside.tryAgain(id);
            assertThat(setAside.of(channel)).isEmpty();
        }
        Map<String, Object> queuedAgain = jdbc.queryForMap("select attempts, parked_at, last_error from intake_queue"
                + " where interaction_id = ?", id);
        assertThat(queuedAgain.get("attempts")).isEqualTo(0);
        assertThat(queuedAgain.get("parked_at")).isNull();
        assertThat((String) queuedAgain.get("last_error")).as("kept until it goes through")
                .contains("the classifier was away");

        intake.startQueued(channel);
        intake.startQueued(channel);

        Interaction started = interactions.findById(id).orElseThrow();
        assertThat(started.getSopStartedAt()).isNotNull();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(
                "interaction:" + id).count()).isOne();
        assertThat(jdbc.queryForObject("select count(*) from intake_queue where interaction_id = ?", Integer.class,
                id)).isZero();
        assertThat(changes("intake interaction tried again")).singleElement().satisfies(change -> {
            assertThat(change).containsEntry("actor", "admin").containsEntry("field", "Set aside");
            assertThat((String) change.get("value_before")).contains(id, "again-1", "the classifier was away");
        });
    }

    @Test
    void tryingAChannelsRowsAgainQueuesEveryOneSetAsideOnIt() {
        String first = queued("all-1");
        String second = queued("all-2");
        String waiting = queued("all-3");
        setAsideAsTheWorkersDo(first, "CLASSIFY: boom");
        setAsideAsTheWorkersDo(second, "START: boom");

        int again;
        try (SignedIn admin = SignedIn.as(users, "admin")) {
            again = setAside.tryAgainAll(channel);
        }
        intake.startQueued(channel);

        assertThat(again).isEqualTo(2);
        for (String id : List.of(first, second, waiting)) {
            assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(
                    "interaction:" + id).count()).isOne();
        }
        assertThat(changes("intake interactions tried again")).filteredOn("field", "Interactions").singleElement()
                .satisfies(change -> assertThat((String) change.get("value_after")).contains(first, second)
                        .doesNotContain(waiting));
    }

    @Test
    void aDiscardedRowLeavesTheQueueAndTheAuditTrailKeepsTheReason() {
        String id = queued("poison-1");
        setAsideAsTheWorkersDo(id, "CLASSIFY: java.lang.StackOverflowError");

        try (SignedIn admin = SignedIn.as(users, "admin")) {
            setAside.discard(id, "  A 9 000-emoji message the classifier cannot read  ");
        }

        assertThat(jdbc.queryForObject("select count(*) from intake_queue where interaction_id = ?", Integer.class,
                id)).isZero();
        assertThat(interactions.findById(id)).isEmpty();
        assertThat(intake.status(channel, id)).isEmpty();
        List<Map<String, Object>> discarded = changes("intake interaction discarded");
        assertThat(discarded).filteredOn("field", "Reason").singleElement().satisfies(change -> {
            assertThat(change).containsEntry("actor", "admin")
                    .containsEntry("value_after", "A 9 000-emoji message the classifier cannot read");
        });
        assertThat(discarded).filteredOn("field", "Set aside").singleElement()
                .satisfies(change -> assertThat((String) change.get("value_before")).contains("StackOverflowError"));
    }

    @Test
    void discardingARowThatFailedToStartItsSopClosesItsStoredInteraction() {
        String id = queued("no-sop-1");
        work.pass(IntakeStages.Stage.CLASSIFY, 1, List.of(id));
        setAsideAsTheWorkersDo(id, "START: org.camunda.bpm.engine.ProcessEngineException: no such decision");

        try (SignedIn admin = SignedIn.as(users, "admin")) {
            assertThat(setAside.of(channel)).singleElement()
                    .satisfies(row -> assertThat(row.classified()).isTrue());
            setAside.discard(id, "Its SOP cannot start; answered by hand on the platform");
        }

        Interaction closed = interactions.findById(id).orElseThrow();
        assertThat(closed.getState()).isEqualTo(InteractionState.CLOSED);
        assertThat(closed.getProcessInstanceId()).isNull();
        assertThat(intake.status(channel, id)).get()
                .satisfies(status -> assertThat(status.stage()).isEqualTo(IntakeStatus.Stage.DISCARDED));
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(
                "interaction:" + id).count()).isZero();
    }

    @Test
    void aDiscardWithoutAReasonIsRefusedAndTheRowStaysSetAside() {
        String id = queued("no-reason");
        setAsideAsTheWorkersDo(id, "CLASSIFY: boom");

        try (SignedIn admin = SignedIn.as(users, "admin")) {
            assertThatThrownBy(() -> setAside.discard(id, "   ")).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("Say why");
            assertThatThrownBy(() -> setAside.discard(id, null)).isInstanceOf(InvalidInput.class);
            assertThat(setAside.of(channel)).extracting(IntakeSetAside.SetAsideInteraction::interactionId)
                    .containsExactly(id);
        }
        assertThat(changes("intake interaction discarded")).isEmpty();
    }

    @Test
    void aRowThatIsNotSetAsideIsNeitherTriedAgainNorDiscarded() {
        String id = queued("in-flight");

        try (SignedIn admin = SignedIn.as(users, "admin")) {
            assertThatThrownBy(() -> setAside.tryAgain(id)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> setAside.discard(id, "by mistake")).isInstanceOf(NotFound.class);
            assertThat(setAside.tryAgainAll(channel)).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from intake_queue where interaction_id = ? and parked_at"
                + " is null", Integer.class, id)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from admin_change where brand_id = ? and action like"
                + " 'intake interaction%'", Integer.class, brand)).isZero();
    }

    @Test
    void nobodyButAnAdminSeesTriesAgainOrDiscardsARowSetAside() {
        String id = queued("refused");
        setAsideAsTheWorkersDo(id, "CLASSIFY: boom");

        for (String user : List.of(brandManager, "social-manager", "community-manager", "auditor")) {
            try (SignedIn notAdmin = SignedIn.as(users, user)) {
                assertThatThrownBy(() -> setAside.of(channel)).as(user).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> setAside.tryAgain(id)).as(user).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> setAside.tryAgainAll(channel)).as(user)
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> setAside.discard(id, "not mine to discard")).as(user)
                        .isInstanceOf(AccessDeniedException.class);
            }
        }

        Map<String, Object> row = jdbc.queryForMap("select attempts, parked_at from intake_queue"
                + " where interaction_id = ?", id);
        assertThat(row.get("attempts")).isEqualTo(IntakeQueueStore.MAX_ATTEMPTS);
        assertThat(row.get("parked_at")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from admin_change where brand_id = ? and action like"
                + " 'intake interaction%'", Integer.class, brand)).isZero();
    }

    /** A delivery of one question, acknowledged and queued; its interaction id. */
    private String queued(String externalId) {
        return intake.accept(channel, List.of(new IncomingInteraction(externalId, InteractionKind.COMMENT, "@ola",
                "Ola", QUESTION, null, Instant.parse("2026-12-01T10:00:00Z"), null))).entries().get(0)
                .interactionId();
    }

    /** The row as the workers leave it after its third failure ({@code IntakeQueueStore.failed}). */
    private void setAsideAsTheWorkersDo(String interactionId, String error) {
        jdbc.update("update intake_queue set attempts = ?, last_error = ?, parked_at = ? where interaction_id = ?",
                IntakeQueueStore.MAX_ATTEMPTS, error, Timestamp.from(TestClock.get().instant()), interactionId);
    }

    private List<Map<String, Object>> changes(String action) {
        return jdbc.queryForList("select c.actor, v.field, v.value_before, v.value_after from admin_change c"
                + " join admin_change_value v on v.change_id = c.id where c.brand_id = ? and c.area = 'channel'"
                + " and c.action = ?", brand, action);
    }
}
