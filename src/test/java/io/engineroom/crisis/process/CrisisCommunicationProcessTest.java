package io.engineroom.crisis.process;

import static io.engineroom.crisis.CrisisCommunicationVariables.BRAND_ID;
import static io.engineroom.crisis.CrisisCommunicationVariables.EXECUTIVE_APPROVED;
import static io.engineroom.crisis.CrisisCommunicationVariables.EXECUTIVE_APPROVER;
import static io.engineroom.crisis.CrisisCommunicationVariables.FROZEN_BY_CRISIS;
import static io.engineroom.crisis.CrisisCommunicationVariables.KEEP_FREEZE;
import static io.engineroom.crisis.CrisisCommunicationVariables.LEGAL_APPROVED;
import static io.engineroom.crisis.CrisisCommunicationVariables.LEGAL_APPROVER;
import static io.engineroom.crisis.CrisisCommunicationVariables.NOTICE_ID;
import static io.engineroom.crisis.CrisisCommunicationVariables.NOTIFY_ROLES;
import static io.engineroom.crisis.CrisisCommunicationVariables.REACH;
import static io.engineroom.crisis.CrisisCommunicationVariables.RELEASE_CHOICE;
import static io.engineroom.crisis.CrisisCommunicationVariables.RESOLUTION;
import static io.engineroom.crisis.CrisisCommunicationVariables.SAFETY_EXPOSURE;
import static io.engineroom.crisis.CrisisCommunicationVariables.SCENARIO;
import static io.engineroom.crisis.CrisisCommunicationVariables.SENTIMENT;
import static io.engineroom.crisis.CrisisCommunicationVariables.SEVERITY;
import static io.engineroom.crisis.CrisisCommunicationVariables.SIGN_OFF;
import static io.engineroom.crisis.CrisisCommunicationVariables.SIGN_OFF_COMMENT;
import static io.engineroom.crisis.CrisisCommunicationVariables.STATEMENT;
import static io.engineroom.crisis.CrisisCommunicationVariables.STATUS_EVERY;
import static io.engineroom.crisis.CrisisCommunicationVariables.STATUS_UPDATE;
import static io.engineroom.crisis.CrisisCommunicationVariables.TIMELINE;
import static io.engineroom.crisis.CrisisCommunicationVariables.TO_IMPROVE;
import static io.engineroom.crisis.CrisisCommunicationVariables.WENT_WELL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.engineroom.crisis.CrisisCommunicationVariables;
import io.engineroom.crisis.CrisisSettings;
import io.engineroom.crisis.IncidentProgress;
import io.engineroom.crisis.IncidentSummary;
import io.engineroom.crisis.IncidentTimeline;
import io.engineroom.crisis.TimelineEntry;
import io.engineroom.notification.Notice;
import io.engineroom.notification.Notifications;
import io.engineroom.publishing.FreezeRefused;
import io.engineroom.publishing.FreezeService;
import io.engineroom.publishing.ReleaseChoice;
import io.engineroom.workflow.deployment.SopDeployer;
import io.engineroom.workflow.deployment.SopFolders;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The crisis SOP and its two decisions as deployed from {@code processes/} and {@code forms/}, on a standalone
 * engine, with the real delegates and listeners of this module (their services mocked); the statement steps of the
 * statements capability stand in as plain delegates. Together the tests pass every flow node and sequence flow.
 */
class CrisisCommunicationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension
            .builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    static final long INCIDENT = 7L;
    static final Instant RAISED = Instant.parse("2031-03-05T10:00:00Z");

    ProcessEngine engine;
    final IncidentProgress incidents = mock(IncidentProgress.class);
    final IncidentTimeline timeline = mock(IncidentTimeline.class);
    final FreezeService freezes = mock(FreezeService.class);
    final Notifications notifications = mock(Notifications.class);
    final NotificationLadder ladders = mock(NotificationLadder.class);
    final CrisisSettings settings = new CrisisSettings(null, null, null);
    final AtomicLong noticeIds = new AtomicLong(100);
    final List<Notice> notices = new ArrayList<>();
    int statementsPublished;

    @BeforeEach
    void deployAndRegisterDelegates() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(RAISED));
        new SopDeployer(repositoryService(), new SopFolders(Path.of("processes"), Path.of("forms"))).deployChanges();
        when(incidents.summary(INCIDENT)).thenReturn(new IncidentSummary(INCIDENT, "beanleaf", "Mould in oat milk",
                "OPEN", null, "MANUAL", RAISED, Set.of(), false));
        when(notifications.send(any())).thenAnswer(call -> {
            notices.add(call.getArgument(0));
            return noticeIds.incrementAndGet();
        });
        ladder("crisis-lead", "cara", "colin");
        ladder("executive", "erin");
        ladder("legal", "lena");
        Mocks.register("recordCrisisStep", new RecordCrisisStep(timeline));
        // the incident's record names the instance it is managed by, and its brand
        when(incidents.incidentOfInstance(anyString(), eq("incident:" + INCIDENT))).thenReturn(INCIDENT);
        when(incidents.brandOf(INCIDENT)).thenReturn("beanleaf");
        CrisisFacts facts = new CrisisFacts(incidents);
        Mocks.register("recordSeverity", new RecordSeverity(incidents, settings, facts));
        Mocks.register("freezeBrandPublishing", new FreezeBrandPublishing(freezes, timeline, facts));
        Mocks.register("prepareLadder", new PrepareLadder(ladders, facts));
        Mocks.register("sendCrisisNotice", new SendCrisisNotice(notifications, incidents, timeline));
        Mocks.register("acknowledgeNotice", new AcknowledgeNotice(notifications, timeline));
        Mocks.register("moveNoticeOn", new MoveNoticeOn(notifications, timeline));
        Mocks.register("closeIncident", new CloseIncident(incidents, timeline, facts));
        Mocks.register("liftFreeze", new LiftFreeze(freezes, timeline, facts));
        Mocks.register("freezeFacts", new FreezeFacts());
        Mocks.register("attachTimeline", new AttachTimeline(timeline));
        // the statements capability's steps, reduced to what the flow needs from them
        Mocks.register("prefillStatement", (TaskListener) task -> {
            if (STATEMENT.get(task) == null) {
                STATEMENT.set(task, "We know about the problem and are on it. Next update within the hour.");
            }
        });
        Mocks.register("recordSignOff", (TaskListener) task -> {
            SignOffSide side = SignOffSide.ofTask(task.getTaskDefinitionKey());
            side.approved.set(task, "approve".equals(SIGN_OFF.get(task)));
            side.approver.set(task, task.getAssignee());
        });
        Mocks.register("publishStatement", (JavaDelegate) execution -> statementsPublished++);
        Mocks.register("signOffFacts", new SignOffFacts());
    }

    @AfterEach
    void forget() {
        Mocks.reset();
        BpmnAwareTests.reset();
        ClockUtil.reset();
    }

    @Test
    void severityTwoFreezesTellsEveryRoleSpeaksOnceSignedOffAndLiftsTheFreezeOnResolve() {
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt("AssessSeverity");
        assertThat(task(instance, "AssessSeverity")).hasCandidateGroup("crisis-lead");

        assess(instance, "cara", 250_000, false, "product-safety");

        verify(freezes).freeze(eq("beanleaf"), any(), eq("cara"));
        verify(incidents).assessed(eq(INCIDENT), eq(2), eq("product-safety"), eq("cara"), any());
        assertThat(instance).variables().containsEntry(SEVERITY.name(), 2).containsEntry(FROZEN_BY_CRISIS.name(), true)
                .containsEntry(STATUS_EVERY.name(), "PT1H")
                .containsEntry(NOTIFY_ROLES.name(), List.of("crisis-lead", "executive", "legal"));
        assertThat(notices).extracting(Notice::recipientUserId).containsExactlyInAnyOrder("cara", "erin", "lena");
        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.topic()).isEqualTo("incident:7");
            assertThat(notice.link()).isEqualTo("/incidents/7");
            assertThat(notice.subject()).contains("severity 2").contains("Mould in oat milk");
        });
        Task caras = acknowledgeTask(instance, "cara");
        assertThat(caras.getDueDate()).isEqualTo(Date.from(RAISED.plus(Duration.ofMinutes(15))));
        assertThat(taskService().getVariableLocal(caras.getId(), NOTICE_ID.name())).as("found by its notice")
                .isEqualTo(101L);
        assertThat(job(instance, "NoticeUnanswered", "cara").getDuedate()).isEqualTo(caras.getDueDate());

        // cara and erin acknowledge; lena, the only legal person, lets it lapse: the line is used up
        complete(caras);
        complete(acknowledgeTask(instance, "erin"));
        verify(notifications).acknowledgeFor(101L, "cara");
        ClockUtil.setCurrentTime(Date.from(RAISED.plus(Duration.ofMinutes(16))));
        managementService().executeJob(job(instance, "NoticeUnanswered", "lena").getId());
        verify(notifications).withdraw(103L, "Not acknowledged within 15 minutes");
        verify(timeline).record(eq(INCIDENT), eq(null), eq("lena did not acknowledge within 15 minutes; nobody else to "
                + "tell as legal: the legal line is exhausted"));

        // an hour in, a status update is due, and again an hour later
        Job rhythm = job(instance, "StatusUpdateDue", null);
        assertThat(rhythm.getDuedate()).isEqualTo(Date.from(RAISED.plus(Duration.ofHours(1))));
        ClockUtil.setCurrentTime(rhythm.getDuedate());
        managementService().executeJob(rhythm.getId());
        assertThat(job(instance, "StatusUpdateDue", null).getDuedate())
                .isEqualTo(Date.from(RAISED.plus(Duration.ofHours(2))));
        complete(claimed(task(instance, "PostStatusUpdate"), "cara"),
                withVariables(STATUS_UPDATE.name(), "Batch recalled, retailers informed."));
        verify(timeline).record(INCIDENT, "cara", "Status update: Batch recalled, retailers informed.");

        complete(claimed(task(instance, "DraftStatement"), "cara"));
        complete(claimed(task(instance, "LegalSignOff"), "lara"), withVariables(SIGN_OFF.name(), "approve"));
        complete(claimed(task(instance, "ExecutiveSignOff"), "erin"), withVariables(SIGN_OFF.name(), "approve"));
        managementService().executeJob(job(instance, "PublishStatement", null).getId());
        assertThat(statementsPublished).isEqualTo(1);

        complete(claimed(task(instance, "ResolveIncident"), "cara"), withVariables(RESOLUTION.name(),
                "Recall complete, no injuries.", KEEP_FREEZE.name(), false, RELEASE_CHOICE.name(), "BACK_TO_REVIEW"));

        verify(incidents).resolved(INCIDENT, "cara", "Recall complete, no injuries.");
        verify(freezes).release("beanleaf", "cara", ReleaseChoice.BACK_TO_REVIEW);
        assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count())
                .as("no status updates after the resolution").isZero();
        Task review = task(instance, "PostCrisisReview");
        assertThat(review).hasCandidateGroup("crisis-lead").hasCandidateGroup("social-manager");
        assertThat(review.getDueDate()).as("due a week after the resolution")
                .isEqualTo(Date.from(RAISED.plus(Duration.ofHours(1)).plus(Duration.ofDays(7))));
        complete(claimed(review, "sam"), withVariables(WENT_WELL.name(), "Fast recall.", TO_IMPROVE.name(),
                "Have legal on call."));
        assertThat(instance).hasPassed("NotifyChain", "ChainDone", "LiftFreeze", "Resolved").isEnded();
    }

    @Test
    void anUnacknowledgedNoticeMovesOnToTheNextPersonAfterFifteenMinutes() {
        ProcessInstance instance = start();
        assess(instance, "cara", 50_000, false, "outage");
        assertThat(instance).variables().containsEntry(SEVERITY.name(), 3).containsEntry(FROZEN_BY_CRISIS.name(), false)
                .containsEntry(NOTIFY_ROLES.name(), List.of("crisis-lead", "legal"));
        verify(freezes, never()).freeze(anyString(), anyString(), anyString());

        ClockUtil.setCurrentTime(Date.from(RAISED.plus(Duration.ofMinutes(15))));
        managementService().executeJob(job(instance, "NoticeUnanswered", "cara").getId());

        verify(notifications).withdraw(101L, "Not acknowledged within 15 minutes");
        Task colins = acknowledgeTask(instance, "colin");
        assertThat(colins.getDueDate()).isEqualTo(Date.from(RAISED.plus(Duration.ofMinutes(30))));
        assertThat(notices).extracting(Notice::recipientUserId).containsExactlyInAnyOrder("cara", "lena", "colin");
        assertThat(acknowledgeTask(instance, "cara")).as("cara's notice moved on").isNull();
        complete(colins);
        verify(notifications).acknowledgeFor(103L, "colin");
        assertThat(instance).hasPassed("MoveNoticeOn", "AnyoneLeft", "NextNotice", "NoticeAcknowledged");
    }

    @Test
    void severityOneWantsAStatusUpdateEveryThirtyMinutes() {
        ProcessInstance instance = start();
        assess(instance, "cara", 10, true, "product-safety");
        assertThat(instance).variables().containsEntry(SEVERITY.name(), 1).containsEntry(STATUS_EVERY.name(), "PT30M");
        assertThat(job(instance, "StatusUpdateDue", null).getDuedate())
                .isEqualTo(Date.from(RAISED.plus(Duration.ofMinutes(30))));
    }

    @Test
    void aLegalRejectionStandsWhenSomeoneRewritesLegalApprovedBeforeTheExecutiveSignsOff() {
        ProcessInstance instance = start();
        assess(instance, "cara", 150_000, false, "data-breach");
        complete(claimed(task(instance, "DraftStatement"), "cara"));
        complete(claimed(task(instance, "LegalSignOff"), "lara"), withVariables(SIGN_OFF.name(), "reject",
                SIGN_OFF_COMMENT.name(), "Do not admit liability."));
        // what someone could do over the engine's API while the executive's sign-off is open
        LEGAL_APPROVED.set(runtimeService(), instance.getId(), true);
        LEGAL_APPROVER.set(runtimeService(), instance.getId(), "lara");

        complete(claimed(task(instance, "ExecutiveSignOff"), "erin"), withVariables(SIGN_OFF.name(), "approve"));

        assertThat(instance).isWaitingAt("DraftStatement").hasNotPassed("PublishStatement");
        assertThat(LEGAL_APPROVED.get(runtimeService(), instance.getId())).isEqualTo(false);
    }

    @Test
    void anExecutiveRejectionStandsWhenSomeoneRewritesExecutiveApprovedBeforeLegalSignsOff() {
        ProcessInstance instance = start();
        assess(instance, "cara", 150_000, false, "data-breach");
        complete(claimed(task(instance, "DraftStatement"), "cara"));
        complete(claimed(task(instance, "ExecutiveSignOff"), "erin"), withVariables(SIGN_OFF.name(), "reject",
                SIGN_OFF_COMMENT.name(), "Too long."));
        EXECUTIVE_APPROVED.set(runtimeService(), instance.getId(), true);

        complete(claimed(task(instance, "LegalSignOff"), "lara"), withVariables(SIGN_OFF.name(), "approve"));

        assertThat(instance).isWaitingAt("DraftStatement").hasNotPassed("PublishStatement");
        // the next round starts over: both approve, and the statement goes out with both approvers from history
        complete(claimed(task(instance, "DraftStatement"), "cara"));
        complete(claimed(task(instance, "ExecutiveSignOff"), "erin"), withVariables(SIGN_OFF.name(), "approve"));
        complete(claimed(task(instance, "LegalSignOff"), "lara"), withVariables(SIGN_OFF.name(), "approve"));
        assertThat(instance).isWaitingAt("PublishStatement");
        assertThat(runtimeService().getVariables(instance.getId())).containsEntry(LEGAL_APPROVER.name(), "lara")
                .containsEntry(EXECUTIVE_APPROVER.name(), "erin");
    }

    @Test
    void theIncidentsOwnBrandIsFrozenAndAFreezeSomeoneElsePutOnIsNotLiftedWhateverTheVariablesSay() {
        when(freezes.freeze(anyString(), anyString(), anyString()))
                .thenThrow(new FreezeRefused("Publishing for beanleaf is frozen since 09:00"));
        ProcessInstance instance = start();
        BRAND_ID.set(runtimeService(), instance.getId(), "northwind");
        assess(instance, "cara", 150_000, false, "data-breach");
        verify(freezes).freeze(eq("beanleaf"), anyString(), anyString());
        // the freeze was someone else's; claiming it was this incident's would lift it at the end
        FROZEN_BY_CRISIS.set(runtimeService(), instance.getId(), true);
        complete(claimed(task(instance, "DraftStatement"), "cara"));
        complete(claimed(task(instance, "LegalSignOff"), "lara"), withVariables(SIGN_OFF.name(), "approve"));
        complete(claimed(task(instance, "ExecutiveSignOff"), "erin"), withVariables(SIGN_OFF.name(), "approve"));
        managementService().executeJob(job(instance, "PublishStatement", null).getId());

        complete(claimed(task(instance, "ResolveIncident"), "cara"), withVariables(RESOLUTION.name(), "Fixed.",
                KEEP_FREEZE.name(), false));

        verify(freezes, never()).release(anyString(), anyString(), any());
        assertThat(instance).hasNotPassed("LiftFreeze").isWaitingAt("PostCrisisReview");
    }

    @Test
    void aRejectedStatementIsDraftedAgainAndAKeptFreezeStaysOn() {
        ProcessInstance instance = start();
        assess(instance, "cara", 150_000, false, "data-breach");
        complete(claimed(task(instance, "DraftStatement"), "cara"));
        complete(claimed(task(instance, "LegalSignOff"), "lara"), withVariables(SIGN_OFF.name(), "reject",
                SIGN_OFF_COMMENT.name(), "Do not admit liability."));
        complete(claimed(task(instance, "ExecutiveSignOff"), "erin"), withVariables(SIGN_OFF.name(), "approve"));
        assertThat(instance).isWaitingAt("DraftStatement");
        complete(claimed(task(instance, "DraftStatement"), "cara"));
        complete(claimed(task(instance, "LegalSignOff"), "lara"), withVariables(SIGN_OFF.name(), "approve"));
        complete(claimed(task(instance, "ExecutiveSignOff"), "erin"), withVariables(SIGN_OFF.name(), "approve"));
        managementService().executeJob(job(instance, "PublishStatement", null).getId());

        complete(claimed(task(instance, "ResolveIncident"), "cara"), withVariables(RESOLUTION.name(),
                "Passwords reset, regulator informed.", KEEP_FREEZE.name(), true));

        verify(freezes, never()).release(anyString(), anyString(), any());
        verify(timeline).record(INCIDENT, "cara", "Publishing stays frozen by choice; lift it in the calendar");
        assertThat(instance).hasPassed("FreezeSettled").hasNotPassed("LiftFreeze").isWaitingAt("PostCrisisReview");
    }

    @Test
    void aFreezeAlreadyOnIsLeftAloneAndARoleWithoutPeopleIsNoted() {
        when(freezes.freeze(anyString(), anyString(), anyString()))
                .thenThrow(new FreezeRefused("Publishing for beanleaf is frozen since 09:00"));
        when(ladders.lineUp(eq("beanleaf"), eq("executive"), any())).thenReturn(List.of());
        ProcessInstance instance = start();
        assess(instance, "cara", 150_000, false, "offensive-post");

        assertThat(instance).variables().containsEntry(FROZEN_BY_CRISIS.name(), false);
        assertThat(instance).hasPassed("NobodyWithRole");
        assertThat(notices).extracting(Notice::recipientUserId).containsExactlyInAnyOrder("cara", "lena");
        verify(timeline).record(INCIDENT, null, "Publishing was frozen already: Publishing for beanleaf is frozen "
                + "since 09:00");
    }

    @Test
    void theTimelineGoesWithTheReviewTask() {
        when(timeline.entries(INCIDENT)).thenReturn(List.of(
                new TimelineEntry(RAISED, "cara", "Raised: Mould"),
                new TimelineEntry(RAISED.plusSeconds(60), null, "Notice sent to cara (crisis-lead)")));
        ProcessInstance instance = start();
        runtimeService().createProcessInstanceModification(instance.getId()).cancelAllForActivity("AssessSeverity")
                .startBeforeActivity("PostCrisisReview").execute();
        assertThat(taskService().getVariableLocal(task(instance, "PostCrisisReview").getId(), TIMELINE.name()))
                .isEqualTo("2031-03-05 10:00 UTC  cara: Raised: Mould\n"
                        + "2031-03-05 10:01 UTC  Engine Room: Notice sent to cara (crisis-lead)\n");
    }

    private void ladder(String role, String... people) {
        when(ladders.lineUp(eq("beanleaf"), eq(role), any())).thenReturn(List.of(people));
    }

    private ProcessInstance start() {
        VariableMap variables = CrisisCommunicationVariables.start(INCIDENT, "beanleaf", "Mould in oat milk",
                "Photos of mouldy cartons are spreading", "PT15M");
        return runtimeService().startProcessInstanceByKey("crisis", "incident:" + INCIDENT, variables);
    }

    private void assess(ProcessInstance instance, String who, long reach, boolean safety, String scenario) {
        complete(claimed(task(instance, "AssessSeverity"), who), withVariables(REACH.name(), reach, SENTIMENT.name(),
                "NEGATIVE", SAFETY_EXPOSURE.name(), safety, SCENARIO.name(), scenario));
    }

    private static Task claimed(Task task, String who) {
        taskService().claim(task.getId(), who);
        return taskService().createTaskQuery().taskId(task.getId()).singleResult();
    }

    private static Task task(ProcessInstance instance, String key) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private static Task acknowledgeTask(ProcessInstance instance, String assignee) {
        return taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("AcknowledgeNotice").taskAssignee(assignee).singleResult();
    }

    /** The job of an activity; for a boundary timer on someone's acknowledgement, the one on their task. */
    private static Job job(ProcessInstance instance, String activityId, String assignee) {
        List<Job> jobs = managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).list();
        if (assignee == null) {
            assertThat(jobs).hasSize(1);
            return jobs.get(0);
        }
        Task task = acknowledgeTask(instance, assignee);
        return jobs.stream().filter(job -> job.getExecutionId().equals(task.getExecutionId())).findFirst()
                .orElseThrow();
    }
}
