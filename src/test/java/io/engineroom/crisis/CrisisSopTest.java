package io.engineroom.crisis;

import static io.engineroom.crisis.CrisisCommunicationVariables.KEEP_FREEZE;
import static io.engineroom.crisis.CrisisCommunicationVariables.REACH;
import static io.engineroom.crisis.CrisisCommunicationVariables.RELEASE_CHOICE;
import static io.engineroom.crisis.CrisisCommunicationVariables.RESOLUTION;
import static io.engineroom.crisis.CrisisCommunicationVariables.SAFETY_EXPOSURE;
import static io.engineroom.crisis.CrisisCommunicationVariables.SCENARIO;
import static io.engineroom.crisis.CrisisCommunicationVariables.SENTIMENT;
import static io.engineroom.crisis.CrisisCommunicationVariables.SIGN_OFF;
import static io.engineroom.crisis.CrisisCommunicationVariables.TIMELINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.BusinessHours;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.SpikeDetector;
import io.engineroom.inbox.SpikeSettings;
import io.engineroom.notification.NoticeSummary;
import io.engineroom.notification.Notifications;
import io.engineroom.publishing.FreezeService;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.DueJobs;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.workflow.TaskInbox;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The crisis SOP on PostgreSQL with the real engine, services and task inbox; the job executor is paused and the
 * engine clock moved by hand, so timers fire exactly when the test says: a spike becomes an incident whose
 * assessment freezes publishing, the notice chain escalates, status updates keep their rhythm, and resolving lifts
 * the freeze.
 */
@EngineRoomIntegrationTest
class CrisisSopTest {

    @Autowired
    InteractionIntake intake;
    @Autowired
    SpikeDetector spikes;
    @Autowired
    IncidentService incidents;
    @Autowired
    OnCallRota onCall;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    UserDirectory users;
    @Autowired
    FreezeService freezes;
    @Autowired
    Notifications notifications;
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
    JdbcTemplate jdbc;

    String brand;
    long channel;
    String lead;
    String deputy;
    String executive;
    String legal;
    Instant now;

    @BeforeEach
    void aBrandWithItsCrisisTeam() {
        engineConfiguration.getJobExecutor().shutdown();
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ClockUtil.setCurrentTime(Date.from(now));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "sop-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Crisis SOP Test", false));
        // round the clock unless a test says otherwise, so the day-time chain does not depend on when tests run
        AsAdmin.run(() -> brands.setBusinessHours(brand, new BusinessHours(EnumSet.allOf(DayOfWeek.class),
                LocalTime.MIN,
                LocalTime.of(23, 59), ZoneOffset.UTC)));
        channel = AsAdmin.call(() -> channels.addManual(brand, Platform.X, "@soptest", true)).id();
        try (var admin = SignedIn.as(users, "admin")) {
            spikes.configure(brand, new SpikeSettings(3, Duration.ofMinutes(15)));
        }
        // the chain follows user ids within a role: the lead first, then the deputy
        lead = person("lead1-" + suffix, Role.CRISIS_LEAD);
        deputy = person("lead2-" + suffix, Role.CRISIS_LEAD);
        executive = person("exec-" + suffix, Role.EXECUTIVE);
        legal = person("legal-" + suffix, Role.LEGAL);
        brands.addMember(brand, "community-manager");
    }

    @AfterEach
    void clockBackAndJobExecutorOn() {
        ClockUtil.reset();
        engineConfiguration.getJobExecutor().start();
    }

    @Test
    void aSpikeBecomesAnIncidentWhoseSeverityTwoAssessmentFreezesPublishingAndTellsEveryRole() {
        intake.acceptAndStart(channel, List.of(complaint("a"), complaint("b"), complaint("c")));
        // the crisis module hears the spike's signal after it has committed, on a thread of its own
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from incident where brand_id = ? and state = 'OPEN'", Integer.class, brand) > 0);
        long incident = openIncident();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("incident:" + incident)
                .active().count()).isEqualTo(1);
        assertThat(freezes.isFrozen(brand)).isFalse();

        assess(incident, lead, 250_000, false);

        assertThat(freezes.isFrozen(brand)).isTrue();
        assertThat(freezes.current(brand).orElseThrow().frozenBy()).isEqualTo(lead);
        assertThat(jdbc.queryForObject("select severity from incident where id = ?", Integer.class, incident))
                .isEqualTo(2);
        assertThat(notices(incident)).extracting(NoticeSummary::recipient)
                .containsExactlyInAnyOrder(lead, executive, legal);
        assertThat(notices(incident)).as("crisis notices of the incident's brand: never held back")
                .allSatisfy(notice -> {
                    assertThat(notice.kind()).isEqualTo(io.engineroom.notification.NoticeKind.CRISIS);
                    assertThat(notice.brandId()).isEqualTo(brand);
                });
        assertThat(acknowledgeTask(incident, lead)).isNotNull();
        assertThat(timeline(incident)).anySatisfy(what -> assertThat(what).isEqualTo("Publishing frozen for " + brand));
    }

    @Test
    void anUnacknowledgedNoticeMovesOnAfterFifteenMinutesAndAnInAppAcknowledgementCompletesTheTask() {
        long incident = raiseByHand();
        assess(incident, lead, 50_000, false);   // severity 3: crisis leads and legal

        runDueJobsAt(incident, now.plus(Duration.ofMinutes(14)));
        assertThat(acknowledgeTask(incident, lead)).as("still the lead's after 14 minutes").isNotNull();

        runDueJobsAt(incident, now.plus(Duration.ofMinutes(15)));
        assertThat(acknowledgeTask(incident, lead)).isNull();
        assertThat(acknowledgeTask(incident, legal)).as("legal's own clock ran out too").isNull();
        assertThat(acknowledgeTask(incident, deputy)).isNotNull();
        NoticeSummary leads = notice(incident, lead);
        assertThat(leads.withdrawnAt()).isNotNull();
        assertThat(leads.acknowledgedAt()).isNull();

        NoticeSummary deputys = notice(incident, deputy);
        try (var signedIn = SignedIn.as(users, deputy)) {
            notifications.acknowledge(deputys.id());
        }
        assertThat(acknowledgeTask(incident, deputy)).as("acknowledged in the app").isNull();
        assertThat(notice(incident, deputy).acknowledgedAt()).isNotNull();
        assertThat(timeline(incident))
                .contains(lead + " did not acknowledge within 15 minutes; the notice moves on to " + deputy)
                .contains("Acknowledged the notice (crisis-lead)");
    }

    @Test
    void outOfBusinessHoursTheChainStartsAtTheOnCallPerson() {
        // open every day but today: now is out of hours whatever the time
        EnumSet<DayOfWeek> notToday = EnumSet.allOf(DayOfWeek.class);
        notToday.remove(now.atZone(ZoneOffset.UTC).getDayOfWeek());
        AsAdmin.run(() -> brands.setBusinessHours(brand, new BusinessHours(notToday, LocalTime.MIN,
                LocalTime.of(23, 59),
                ZoneOffset.UTC)));
        try (var signedIn = SignedIn.as(users, lead)) {
            onCall.setOnCall(brand, deputy);
        }
        long incident = raiseByHand();
        assess(incident, lead, 10, false);   // severity 4: crisis leads only

        assertThat(notices(incident)).extracting(NoticeSummary::recipient).containsExactly(deputy);
    }

    @Test
    void statusUpdatesAreDueEveryHourAndEveryHalfHourAtSeverityOne() {
        long incident = raiseByHand();
        assess(incident, lead, 50_000, false);
        assertThat(statusJob(incident).getDuedate()).isEqualTo(Date.from(now.plus(Duration.ofHours(1))));
        runDueJobsAt(incident, now.plus(Duration.ofHours(1)));
        runDueJobsAt(incident, now.plus(Duration.ofHours(2)));
        assertThat(statusTasks(incident)).hasSize(2);
        assertThat(statusJob(incident).getDuedate()).isEqualTo(Date.from(now.plus(Duration.ofHours(3))));

        AsAdmin.run(() -> brands.create(brand + "-w", "Crisis SOP Test (worst)", false));
        brands.addMember(brand + "-w", lead);
        brands.addMember(brand + "-w", "community-manager");
        long worst;
        try (var signedIn = SignedIn.as(users, "community-manager")) {
            worst = incidents.raise(new RaiseIncident(brand + "-w", "Burns from a kettle",
                    "A customer shows burns from our kettle",
                    List.of())).id();
        }
        Instant later = now.plus(Duration.ofHours(2));
        assess(worst, lead, 10, true);
        assertThat(statusJob(worst).getDuedate()).isEqualTo(Date.from(later.plus(Duration.ofMinutes(30))));
    }

    @Test
    void resolvingLiftsTheFreezeAndSetsUpTheReviewWithTheTimeline() {
        long incident = raiseByHand();
        assess(incident, lead, 250_000, false);
        assertThat(freezes.isFrozen(brand)).isTrue();

        complete(task(incident, "DraftStatement"), lead, Map.of());
        complete(task(incident, "LegalSignOff"), legal, Map.of(SIGN_OFF.name(), "approve"));
        complete(task(incident, "ExecutiveSignOff"), executive, Map.of(SIGN_OFF.name(), "approve"));
        runDueJobsAt(incident, now.plus(Duration.ofMinutes(5)));
        complete(task(incident, "ResolveIncident"), lead, Map.of(RESOLUTION.name(), "The app is back; refunds issued.",
                KEEP_FREEZE.name(), false, RELEASE_CHOICE.name(), "BACK_TO_REVIEW"));

        assertThat(freezes.isFrozen(brand)).isFalse();
        assertThat(jdbc.queryForObject("select state from incident where id = ?", String.class, incident))
                .isEqualTo("RESOLVED");
        assertThat(statusTasks(incident)).isEmpty();
        Task review = task(incident, "PostCrisisReview");
        assertThat(review.getDueDate().toInstant()).isEqualTo(now.plus(Duration.ofMinutes(5)).plus(Duration.ofDays(7)));
        assertThat((String) taskService.getVariableLocal(review.getId(), TIMELINE.name()))
                .contains("Severity 2 assessed").contains("Publishing frozen for " + brand)
                .contains("Resolved: The app is back; refunds issued.").contains("Publishing freeze lifted");
    }

    private String person(String id, Role role) {
        users.createUser(id, id, "(test)", id + "@example.com", "secret-" + id, List.of(role));
        brands.addMember(brand, id);
        return id;
    }

    private long raiseByHand() {
        try (var signedIn = SignedIn.as(users, "community-manager")) {
            return incidents.raise(new RaiseIncident(brand, "The app is down", "Nobody can log in since 9:00",
                    List.of())).id();
        }
    }

    private void assess(long incident, String who, long reach, boolean safety) {
        Map<String, Object> values = new HashMap<>();
        values.put(REACH.name(), reach);
        values.put(SENTIMENT.name(), "NEGATIVE");
        values.put(SAFETY_EXPOSURE.name(), safety);
        values.put(SCENARIO.name(), "outage");
        complete(task(incident, "AssessSeverity"), who, values);
    }

    private void complete(Task task, String who, Map<String, Object> values) {
        try (var signedIn = SignedIn.as(users, who)) {
            // the task's own form fields only, as the task page sends them (the rest would be refused)
            inbox.open(task.getId());
            inbox.complete(task.getId(), values, ZoneOffset.UTC);
        }
    }

    private Task task(long incident, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey("incident:" + incident)
                .taskDefinitionKey(key).singleResult();
    }

    private Task acknowledgeTask(long incident, String assignee) {
        return taskService.createTaskQuery().processInstanceBusinessKey("incident:" + incident)
                .taskDefinitionKey("AcknowledgeNotice").taskAssignee(assignee).singleResult();
    }

    private List<Task> statusTasks(long incident) {
        return taskService.createTaskQuery().processInstanceBusinessKey("incident:" + incident)
                .taskDefinitionKey("PostStatusUpdate").list();
    }

    private Job statusJob(long incident) {
        return managementService.createJobQuery().processInstanceId(instanceOf(incident))
                .activityId("StatusUpdateDue").singleResult();
    }

    private List<NoticeSummary> notices(long incident) {
        return notifications.about("incident:" + incident);
    }

    private NoticeSummary notice(long incident, String recipient) {
        return notices(incident).stream().filter(notice -> notice.recipient().equals(recipient)).findFirst()
                .orElseThrow();
    }

    private List<String> timeline(long incident) {
        return jdbc.queryForList("select what from incident_event where incident_id = ? order by at, id",
                String.class, incident);
    }

    private long openIncident() {
        return jdbc.queryForObject("select id from incident where brand_id = ? and state = 'OPEN'", Long.class,
                brand);
    }

    private String instanceOf(long incident) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("incident:" + incident)
                .singleResult().getId();
    }

    /** Moves the engine clock and runs the incident's jobs due then, as the job executor would. */
    private void runDueJobsAt(long incident, Instant then) {
        DueJobs.runAt(managementService, instanceOf(incident), then);
    }

    private IncomingInteraction complaint(String externalId) {
        return new IncomingInteraction(externalId, InteractionKind.COMMENT, "@angry" + externalId, null,
                "The app lost my order and nobody answers. Terrible!", null, now, null);
    }
}
