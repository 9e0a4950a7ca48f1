package io.engineroom.content.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.engineroom.workflow.deployment.SopDeployer;
import io.engineroom.workflow.deployment.SopFolders;
import io.engineroom.workflow.forms.FormSchemaParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The content approval SOP as deployed from {@code processes/} and {@code forms/} (the files Modeler edits, not a
 * copy), on a standalone in-memory engine. Together the tests must pass every flow node and sequence flow.
 */
class ContentApprovalProcessTest {

    @RegisterExtension
    // not camunda.cfg.xml: Camunda's engine registry would build an engine from that name in every test JVM
    static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension
            .builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    static final long CONTENT_ITEM = 42L;
    static final java.util.Date PUBLISH_AT = java.util.Date.from(java.time.Instant.parse("2031-03-02T09:30:00Z"));

    ProcessEngine engine;

    /** Stands in for the markContentApproved delegate: the variables it saw, one entry per call. */
    final List<Map<String, Object>> approvals = new ArrayList<>();

    /** Stands in for the publishContent delegate: how often it ran, and whether every channel confirms. */
    final java.util.concurrent.atomic.AtomicInteger publishCalls = new java.util.concurrent.atomic.AtomicInteger();
    boolean publishSucceeds = true;
    /** Stands in for checkFreeze: whether the brand's publishing is frozen when the publish time comes. */
    boolean frozen = false;
    final java.util.concurrent.atomic.AtomicInteger reminders = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeEach
    void deployAndRegisterDelegates() {
        BpmnAwareTests.init(engine);
        // SopDeployer deploys only changes, so the first test deploys and the others reuse that deployment
        new SopDeployer(repositoryService(), new SopFolders(Path.of("processes"), Path.of("forms"))).deployChanges();
        Mocks.register("recordBrief", (TaskListener) task -> { });
        Mocks.register("startFreshReview", new StartFreshReview());
        Mocks.register("recordAuthor", new RecordAuthor());
        Mocks.register("fourEyes", new FourEyes());
        Mocks.register("rejectionNeedsComment", new RejectionNeedsComment());
        Mocks.register("markContentApproved", (JavaDelegate) execution -> approvals.add(execution.getVariables()));
        Mocks.register("sopTimings", new SopTimings("P1D"));
        Mocks.register("remindReviewer", (JavaDelegate) execution -> reminders.incrementAndGet());
        Mocks.register("checkFreeze", (JavaDelegate) execution -> execution.setVariable("publishingFrozen", frozen));
        Mocks.register("publishContent", (JavaDelegate) execution -> {
            publishCalls.incrementAndGet();
            execution.setVariable("allPublished", publishSucceeds);
            execution.setVariable("publicationReport", publishSucceeds ? "X @brand: published" : "X @brand: unknown");
        });
    }

    @AfterEach
    void forgetEngineAndDelegates() {
        // both are thread-bound: later tests in the same JVM (Spring ones) must not see this engine or these mocks
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void copyApprovedAtFirstReviewMarksTheContentItemApproved() {
        ProcessInstance instance = start();

        writeBrief(instance);
        writeCopy(instance, "Our autumn range is here: warm, light and made to last.");
        Task review = assertWaitingAt(instance, "ReviewCopy", "social-manager", "content-review");
        assertThat(instance).variables()
                .containsEntry("caption", "Our autumn range is here: warm, light and made to last.")
                .containsEntry("channelVariants", 2L);

        complete(review, withVariables("reviewDecision", "approve"));

        assertThat(instance).hasPassedInOrder("ContentPlanned", "WriteBrief", "CopyToWrite", "WriteCopy",
                "ReviewCopy", "CopyApproved", "MarkContentApproved", "ContentApproved").isEnded();
        assertThat(approvals).hasSize(1);
        assertThat(approvals.get(0)).containsEntry("contentItemId", CONTENT_ITEM)
                .containsEntry("reviewDecision", "approve");
    }

    @Test
    void approvedContentWaitsForItsPublishTimeThenPublishesOnce() {
        ProcessInstance instance = approvedWithPublishTime();
        org.camunda.bpm.engine.runtime.Job timer = managementService().createJobQuery()
                .processInstanceId(instance.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(PUBLISH_AT);
        assertThat(publishCalls).hasValue(0);

        managementService().executeJob(timer.getId());

        assertThat(publishCalls).hasValue(1);
        assertThat(instance).hasPassed("UntilPublishTime", "PublishToChannels", "AllPublished", "ContentPublished")
                .isEnded();
    }

    @Test
    void aPublicationNotConfirmedOnEveryChannelGoesToAPersonNotToARetry() {
        publishSucceeds = false;
        ProcessInstance instance = approvedWithPublishTime();
        managementService().executeJob(managementService().createJobQuery().processInstanceId(instance.getId())
                .timers().singleResult().getId());

        Task verify = assertWaitingAt(instance, "VerifyPublication", "social-manager", "verify-publication");
        assertThat(taskService().getVariables(verify.getId())).containsEntry("publicationReport", "X @brand: unknown");
        complete(verify, withVariables("verification", "all-posted", "verificationNote", "https://x.example/1"));

        assertThat(publishCalls).hasValue(1);
        assertThat(instance).hasPassed("VerifyPublication", "PublicationVerified").isEnded();
    }

    @Test
    void aFrozenBrandsDuePostWaitsAndIsPublishedWhenReleasedSo() {
        frozen = true;
        ProcessInstance instance = dueNow();
        assertThat(instance).isWaitingAt("HeldByFreeze");
        assertThat(publishCalls).hasValue(0);

        runtimeService().createMessageCorrelation("publishing-released").processInstanceId(instance.getId())
                .setVariable("releaseChoice", "PUBLISH_IN_ORDER").correlate();

        assertThat(publishCalls).hasValue(1);
        assertThat(instance).hasPassed("ReleasedHow", "PublishNow", "ContentPublished").isEnded();
    }

    @Test
    void aFrozenBrandsDuePostCanBeSentBackToReviewOnRelease() {
        frozen = true;
        ProcessInstance instance = dueNow();

        runtimeService().createMessageCorrelation("publishing-released").processInstanceId(instance.getId())
                .setVariable("releaseChoice", "BACK_TO_REVIEW").correlate();

        assertWaitingAt(instance, "ReviewCopy", "social-manager", "content-review");
        assertThat(publishCalls).hasValue(0);
    }

    @Test
    void aReviewWaitingADayRemindsTheReviewerAndStaysOpen() {
        ProcessInstance instance = start();
        writeBrief(instance);
        writeCopy(instance, "A caption nobody looks at.");
        Task review = task(instance);
        org.camunda.bpm.engine.runtime.Job reminder = managementService().createJobQuery()
                .processInstanceId(instance.getId()).activityId("ReviewWaiting").singleResult();
        assertThat(reminder.getDuedate()).isCloseTo(java.util.Date.from(review.getCreateTime().toInstant()
                .plus(java.time.Duration.ofDays(1))), 1000);

        managementService().executeJob(reminder.getId());

        assertThat(reminders).hasValue(1);
        assertThat(instance).hasPassed("ReviewWaiting", "RemindReviewer", "ReviewerReminded");
        assertThat(task(instance).getId()).isEqualTo(review.getId());
        complete(review, withVariables("reviewDecision", "approve"));
        assertThat(instance).isEnded();
    }

    @Test
    void aRegulatedClientBrandsPieceGoesThroughLegalThenTheClient() {
        ProcessInstance instance = startFor(true, true);
        writeBrief(instance);
        writeCopy(instance, "Rates are changing. Here is what it means for you.");
        complete(task(instance), withVariables("reviewDecision", "approve"));

        assertThat(runtimeService().getVariable(instance.getId(), "approvalStages"))
                .isEqualTo(List.of("legal", "client"));
        complete(assertWaitingAt(instance, "LegalReview", "legal", "content-review"),
                withVariables("reviewDecision", "approve"));
        complete(assertWaitingAt(instance, "ClientSignOff", "client-approver", "content-review"),
                withVariables("reviewDecision", "approve"));

        assertThat(instance).hasPassedInOrder("ReviewCopy", "DecideStages", "LegalReview", "ClientSignOff",
                "MarkContentApproved").isEnded();
    }

    @Test
    void legalOrTheClientRejectingSendsThePieceBackToTheCopywriterAndReviewStartsAgain() {
        ProcessInstance instance = startFor(true, true);
        writeBrief(instance);
        writeCopy(instance, "Guaranteed returns for everyone!");
        complete(task(instance), withVariables("reviewDecision", "approve"));
        complete(task(instance), withVariables("reviewDecision", "reject", "reviewComment", "No guarantees, please"));

        Task revision = assertWaitingAt(instance, "WriteCopy", "copywriter", "content-copy");
        assertThat(taskService().getVariable(revision.getId(), "reviewComment")).isEqualTo("No guarantees, please");
        writeCopy(instance, "Returns vary; here is how they work.");
        complete(assertWaitingAt(instance, "ReviewCopy", "social-manager", "content-review"),
                withVariables("reviewDecision", "approve"));
        complete(assertWaitingAt(instance, "LegalReview", "legal", "content-review"),
                withVariables("reviewDecision", "approve"));
        complete(assertWaitingAt(instance, "ClientSignOff", "client-approver", "content-review"),
                withVariables("reviewDecision", "reject", "reviewComment", "Use our new tagline"));

        assertWaitingAt(instance, "WriteCopy", "copywriter", "content-copy");
        assertThat(approvals).isEmpty();
    }

    private ProcessInstance startFor(boolean regulated, boolean clientSignOff) {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("content-approval",
                "content:" + CONTENT_ITEM, Map.of("contentItemId", CONTENT_ITEM, "regulated", regulated,
                        "clientSignOffRequired", clientSignOff, "paidPromotion", false));
        assertThat(instance).isStarted();
        return instance;
    }

    private ProcessInstance dueNow() {
        ProcessInstance instance = approvedWithPublishTime();
        managementService().executeJob(managementService().createJobQuery().processInstanceId(instance.getId())
                .timers().singleResult().getId());
        return instance;
    }

    private ProcessInstance approvedWithPublishTime() {
        ProcessInstance instance = start();
        Task brief = assertWaitingAt(instance, "WriteBrief", "social-manager", "content-brief");
        complete(brief, withVariables("title", "Scheduled piece", "objective", "awareness",
                "keyMessage", "Warm, light and made to last", "publishAt", PUBLISH_AT));
        writeCopy(instance, "A caption for the schedule.");
        complete(task(instance), withVariables("reviewDecision", "approve"));
        assertThat(instance).isWaitingAt("UntilPublishTime");
        return instance;
    }

    @Test
    void rejectedCopyGoesBackToTheCopywriterWithTheCommentAndIsApprovedAfterRevision() {
        ProcessInstance instance = start();
        writeBrief(instance);
        writeCopy(instance, "First draft of the caption.");

        complete(task(instance), withVariables("reviewDecision", "reject", "reviewComment", "Mention the free returns"));

        Task revision = assertWaitingAt(instance, "WriteCopy", "copywriter", "content-copy");
        assertThat(taskService().getVariables(revision.getId()))
                .containsEntry("reviewComment", "Mention the free returns")
                .containsEntry("caption", "First draft of the caption.");
        assertThat(approvals).isEmpty();

        writeCopy(instance, "Second draft, now with free returns.");
        Task review = assertWaitingAt(instance, "ReviewCopy", "social-manager", "content-review");
        // the second round starts fresh: the old "reject" cannot be completed again by accident
        assertThat(taskService().getVariables(review.getId())).doesNotContainKeys("reviewDecision", "reviewComment");
        assertThatThrownBy(() -> taskService().complete(review.getId()))
                .hasRootCauseInstanceOf(BadUserRequestException.class);
        complete(review, withVariables("reviewDecision", "approve"));

        assertThat(instance).isEnded();
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("WriteCopy").count()).isEqualTo(2);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("ReviewCopy").count()).isEqualTo(2);
        assertThat(approvals).hasSize(1);
        assertThat(approvals.get(0)).containsEntry("caption", "Second draft, now with free returns.")
                .containsEntry("reviewDecision", "approve");
    }

    @Test
    void aRejectionWithoutACommentIsRefusedAndTheReviewStaysOpen() {
        ProcessInstance instance = start();
        writeBrief(instance);
        writeCopy(instance, "A caption to be rejected.");
        Task review = task(instance);

        // the engine wraps a task listener's exception in ENGINE-03051; the listener's own reason is the root cause
        assertThatThrownBy(() -> complete(review, withVariables("reviewDecision", "reject")))
                .rootCause().isInstanceOf(BadUserRequestException.class).hasMessageContaining("comment");
        assertThatThrownBy(() -> complete(review, withVariables("reviewDecision", "reject", "reviewComment", "  ")))
                .rootCause().isInstanceOf(BadUserRequestException.class).hasMessageContaining("comment");

        assertStillUnderReview(instance, review);
    }

    @Test
    void aReviewWithoutADecisionIsRefusedAndTheReviewStaysOpen() {
        ProcessInstance instance = start();
        writeBrief(instance);
        writeCopy(instance, "A caption nobody decided on.");
        Task review = task(instance);

        assertThatThrownBy(() -> taskService().complete(review.getId()))
                .rootCause().isInstanceOf(BadUserRequestException.class).hasMessageContaining("decision");
        assertThatThrownBy(() -> complete(review, withVariables("reviewDecision", "maybe", "reviewComment", "Hmm")))
                .rootCause().isInstanceOf(BadUserRequestException.class).hasMessageContaining("decision");

        assertStillUnderReview(instance, review);
    }

    private ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("content-approval",
                "content:" + CONTENT_ITEM, Map.of("contentItemId", CONTENT_ITEM));
        assertThat(instance).isStarted().hasPassed("ContentPlanned");
        return instance;
    }

    private void writeBrief(ProcessInstance instance) {
        Task brief = assertWaitingAt(instance, "WriteBrief", "social-manager", "content-brief");
        complete(brief, withVariables("title", "Autumn range launch", "objective", "awareness",
                "keyMessage", "Warm, light and made to last"));
    }

    private void writeCopy(ProcessInstance instance, String caption) {
        Task copy = assertWaitingAt(instance, "WriteCopy", "copywriter", "content-copy");
        assertThat(taskService().getVariables(copy.getId())).containsEntry("keyMessage", "Warm, light and made to last");
        complete(copy, withVariables("caption", caption, "hashtags", "#autumn", "needsVisual", true,
                "channelVariants", 2L));
    }

    /** The instance waits at this user task only, offered to exactly this group, with this deployed form. */
    private Task assertWaitingAt(ProcessInstance instance, String activityId, String group, String formId) {
        assertThat(instance).isWaitingAtExactly(activityId);
        Task task = task(instance);
        assertThat(task).hasDefinitionKey(activityId).hasCandidateGroup(group).isNotAssigned();
        assertThat(taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)).containsExactly(group);
        // formRefBinding="deployment": the form comes from the same deployment as the model
        try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
            assertThat(FormSchemaParser.parse(new String(form.readAllBytes(), StandardCharsets.UTF_8)).id())
                    .isEqualTo(formId);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return task;
    }

    /** A refused completion rolls back: same task, none of the refused variables kept, no approval recorded. */
    private void assertStillUnderReview(ProcessInstance instance, Task review) {
        assertThat(assertWaitingAt(instance, "ReviewCopy", "social-manager", "content-review").getId())
                .isEqualTo(review.getId());
        assertThat(instance).variables().doesNotContainKeys("reviewDecision", "reviewComment");
        assertThat(approvals).isEmpty();
    }
}
