package io.engineroom.inbox;

import static io.engineroom.inbox.InteractionHandlingVariables.ACTION;
import static io.engineroom.inbox.InteractionHandlingVariables.RESPONSE_NOTE;
import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSettings;
import io.engineroom.brand.BusinessHours;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionRepository;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.DueJobs;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.workflow.InboxEntry;
import io.engineroom.workflow.InboxFilter;
import io.engineroom.workflow.TaskInbox;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Interactions on PostgreSQL through the real intake, SOP, SLA policy and inbox read model: each arrives once, lands
 * in its queue's inbox with its SLA due, is reminded and escalated as the engine clock moves (job executor paused so
 * only this test's timers fire), respects business hours, records its response times; a negative spike raises a
 * crisis signal once.
 */
@EngineRoomIntegrationTest
@RecordApplicationEvents
class InteractionSlaTest {

    @Autowired
    InteractionIntake intake;
    @Autowired
    InteractionRepository interactions;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    SpikeDetector spikes;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;
    @Autowired
    UserDirectory users;
    @Autowired
    ApplicationEvents events;

    String brand;
    long channel;

    @BeforeEach
    void aBrandWithAChannelAndItsInboxPeople() {
        engineConfiguration.getJobExecutor().shutdown();
        brand = "sla-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "SLA Test", false));
        AsAdmin.run(() -> brands.configure(new BrandSettings(brand, "SLA Test", false, false, ZoneOffset.UTC,
                Duration.ofHours(24))));
        channel = AsAdmin.call(() -> channels.addManual(brand, Platform.MASTODON, "@slatest@social.example",
                true)).id();
        brands.addMember(brand, "community-manager");
        brands.addMember(brand, "social-manager");
    }

    @AfterEach
    void clockBackAndJobExecutorOn() {
        ClockUtil.reset();
        engineConfiguration.getJobExecutor().start();
    }

    @Test
    void aComplaintArrivesOnceAndWaitsInTheCommunityQueueWithItsSlaDue() {
        IncomingInteraction complaint = complaint("c-1");

        IntakeReceipt first = intake.acceptAndStart(channel, List.of(complaint));
        IntakeReceipt again = intake.acceptAndStart(channel, List.of(complaint, complaint));

        String id = first.entries().get(0).interactionId();
        assertThat(first.created()).isEqualTo(1);
        assertThat(again.created()).isZero();
        assertThat(again.entries()).extracting(IntakeReceipt.Entry::interactionId).containsOnly(id);
        var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("interaction:" + id)
                .singleResult();
        Interaction stored = interactions.findById(id).orElseThrow();
        assertThat(stored.getProcessInstanceId()).as("the record knows its SOP").isEqualTo(instance.getId());
        assertThat(stored.getSentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(stored.getCategory()).isEqualTo(Category.COMPLAINT);
        // policy "AngryComplaint": one hour, round the clock
        assertThat(stored.getFirstResponseDue()).isEqualTo(stored.getReceivedAt().plus(Duration.ofHours(1)));
        assertThat(inboxOf("community-manager")).extracting(InboxEntry::businessKey).contains("interaction:" + id);
        assertThat(inboxOf("social-manager")).extracting(InboxEntry::businessKey).doesNotContain("interaction:" + id);
    }

    @Test
    void at75PercentTheQueueIsRemindedAndAt100TheBreachIsRecordedAndTheManagerEscalated() {
        String id = intake.acceptAndStart(channel, List.of(complaint("c-2"))).entries().get(0).interactionId();
        Interaction stored = interactions.findById(id).orElseThrow();
        Task respond = respond(id);

        runDueJobsAt(id, stored.getReceivedAt().plus(Duration.ofMinutes(46)));
        assertThat(respond(id).getPriority()).isEqualTo(respond.getPriority() + 20);
        assertThat(interactions.findById(id).orElseThrow().getBreachedAt()).isNull();

        Instant late = stored.getReceivedAt().plus(Duration.ofMinutes(61));
        runDueJobsAt(id, late);

        assertThat(interactions.findById(id).orElseThrow().getBreachedAt()).isEqualTo(late.truncatedTo(ChronoUnit.MILLIS));
        List<InboxEntry> managers = inboxOf("social-manager");
        assertThat(managers).filteredOn(entry -> entry.businessKey().equals("interaction:" + id))
                .extracting(InboxEntry::taskName).containsExactly("Handle the breach");
        assertThat(respond(id).getId()).as("still to be answered").isEqualTo(respond.getId());
    }

    @Test
    void aQuestionOutsideBusinessHoursIsDueInTheNextBusinessHours() {
        LocalDate businessDay = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        AsAdmin.run(() -> brands.setBusinessHours(brand, new BusinessHours(Set.of(businessDay.getDayOfWeek()),
                LocalTime.of(9, 0),
                LocalTime.of(17, 0), ZoneOffset.UTC)));

        String id = intake.acceptAndStart(channel, List.of(new IncomingInteraction("q-1", InteractionKind.MENTION, "@ben",
                "Ben", "Do you ship to Austria?", null, Instant.now(), null))).entries().get(0).interactionId();

        // policy "Question": four business hours, from the only business day's opening at 09:00
        assertThat(interactions.findById(id).orElseThrow().getFirstResponseDue())
                .isEqualTo(businessDay.atTime(13, 0).toInstant(ZoneOffset.UTC));
        assertThat(respond(id).getDueDate()).isEqualTo(Date.from(businessDay.atTime(13, 0).toInstant(ZoneOffset.UTC)));
    }

    @Test
    void theFirstResponseAndTheResolutionAreRecorded() {
        String id = intake.acceptAndStart(channel, List.of(complaint("c-3"))).entries().get(0).interactionId();
        try (var signedIn = SignedIn.as(users, "community-manager")) {
            inbox.claim(respond(id).getId());
            inbox.complete(respond(id).getId(), Map.of(ACTION.name(), "none",
                    RESPONSE_NOTE.name(), "Answered by phone already"), ZoneOffset.UTC);
        }

        Interaction done = interactions.findById(id).orElseThrow();
        assertThat(done.getFirstResponseAt()).isNotNull().isAfterOrEqualTo(done.getReceivedAt());
        assertThat(done.getResolvedAt()).isNotNull();
        assertThat(done.getState()).isEqualTo(InteractionState.CLOSED);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("interaction:" + id).count())
                .isZero();
    }

    @Test
    void aNegativeSpikeRaisesOneCrisisSignal() {
        try (var admin = SignedIn.as(users, "admin")) {
            spikes.configure(brand, new SpikeSettings(3, Duration.ofMinutes(15)));
        }

        intake.acceptAndStart(channel, List.of(complaint("s-1"), complaint("s-2")));
        assertThat(signals()).isEmpty();
        intake.acceptAndStart(channel, List.of(complaint("s-3")));
        intake.acceptAndStart(channel, List.of(complaint("s-4")));

        assertThat(signals()).hasSize(1);
        assertThat(signals().get(0).reason()).isEqualTo("3 negative interactions within 15 minutes");
        assertThat(signals().get(0).interactionIds()).as("the negatives that made the spike").hasSize(3)
                .allSatisfy(id -> assertThat(interactions.findById(id).orElseThrow().getSentiment())
                        .isEqualTo(Sentiment.NEGATIVE));
    }

    private List<CrisisSignal> signals() {
        return events.stream(CrisisSignal.class).filter(signal -> signal.brandId().equals(brand)).toList();
    }

    private IncomingInteraction complaint(String externalId) {
        return new IncomingInteraction(externalId, InteractionKind.COMMENT, "@ana", "Ana",
                "My order arrived broken and nobody answers. Terrible service!", "post-1", Instant.now(), null);
    }

    private Task respond(String interactionId) {
        return taskService.createTaskQuery().processInstanceBusinessKey("interaction:" + interactionId)
                .taskDefinitionKey("Respond").singleResult();
    }

    private List<InboxEntry> inboxOf(String userId) {
        try (var signedIn = SignedIn.as(users, userId)) {
            return inbox.page(new InboxFilter(brand, "interaction"), 0, 500);
        }
    }

    /** Moves the engine clock and runs this interaction's jobs that are due then, as the job executor would. */
    private void runDueJobsAt(String interactionId, Instant then) {
        String instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey("interaction:" + interactionId).singleResult().getId();
        DueJobs.runAt(managementService, instance, then);
    }
}
