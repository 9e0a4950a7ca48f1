package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.ALL_PUBLISHED;
import static io.engineroom.content.ContentApprovalVariables.ALT_TEXT;
import static io.engineroom.content.ContentApprovalVariables.APPROVAL_LEAD_HOURS;
import static io.engineroom.content.ContentApprovalVariables.APPROVAL_STAGES;
import static io.engineroom.content.ContentApprovalVariables.CAPTION;
import static io.engineroom.content.ContentApprovalVariables.CHANNELS_BY_HAND;
import static io.engineroom.content.ContentApprovalVariables.CHANNELS_TO_PUBLISH_AGAIN;
import static io.engineroom.content.ContentApprovalVariables.CHANNELS_TO_VERIFY;
import static io.engineroom.content.ContentApprovalVariables.CHANNEL_ID;
import static io.engineroom.content.ContentApprovalVariables.CHANNEL_LABEL;
import static io.engineroom.content.ContentApprovalVariables.CHASE_NOTE;
import static io.engineroom.content.ContentApprovalVariables.CLIENT_SIGN_OFF_REQUIRED;
import static io.engineroom.content.ContentApprovalVariables.CONTENT_AUTHORS;
import static io.engineroom.content.ContentApprovalVariables.CONTENT_ITEM_ID;
import static io.engineroom.content.ContentApprovalVariables.COPY_TO_DO;
import static io.engineroom.content.ContentApprovalVariables.HASHTAGS;
import static io.engineroom.content.ContentApprovalVariables.KEY_MESSAGE;
import static io.engineroom.content.ContentApprovalVariables.NEEDS_VISUAL;
import static io.engineroom.content.ContentApprovalVariables.OBJECTIVE;
import static io.engineroom.content.ContentApprovalVariables.PAID_PROMOTION;
import static io.engineroom.content.ContentApprovalVariables.PUBLICATION_REPORT;
import static io.engineroom.content.ContentApprovalVariables.PUBLISH_AGAIN;
import static io.engineroom.content.ContentApprovalVariables.PUBLISHING_FROZEN;
import static io.engineroom.content.ContentApprovalVariables.REGULATED;
import static io.engineroom.content.ContentApprovalVariables.RELEASE_CHOICE;
import static io.engineroom.content.ContentApprovalVariables.RETURN_TO;
import static io.engineroom.content.ContentApprovalVariables.REVIEW_COMMENT;
import static io.engineroom.content.ContentApprovalVariables.REVIEW_DECISION;
import static io.engineroom.content.ContentApprovalVariables.TITLE;
import static io.engineroom.content.ContentApprovalVariables.VISUAL_TO_DO;
import static io.engineroom.content.ContentApprovalVariables.WAITING_AT;
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

import io.engineroom.content.ContentApprovalVariables;
import io.engineroom.content.ContentPublishing;
import io.engineroom.content.PublicationFollowUp;
import io.engineroom.content.PublicationReport;
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
import org.camunda.bpm.engine.delegate.ExecutionListener;
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

    /** The brand's record, as the stand-in approvalFacts reads it. */
    boolean brandRegulated;
    boolean brandClientSignOff;

    /** Stands in for the markContentApproved delegate: the variables it saw, one entry per call. */
    final List<Map<String, Object>> approvals = new ArrayList<>();

    /** Stands in for the publishContent delegate: how often it ran, and whether every channel confirms. */
    final java.util.concurrent.atomic.AtomicInteger publishCalls = new java.util.concurrent.atomic.AtomicInteger();
    boolean publishSucceeds = true;
    /** Stands in for checkFreeze: whether the brand's publishing is frozen when the publish time comes. */
    boolean frozen = false;
    final java.util.concurrent.atomic.AtomicInteger reminders = new java.util.concurrent.atomic.AtomicInteger();
    /** Stands in for tellTaskPeople: which tasks were created with which kind of notice. */
    final io.engineroom.support.ToldTasks told = new io.engineroom.support.ToldTasks();
    /** What the stand-in publishContent reports as left to do per channel. */
    List<Long> byHand = List.of();
    List<Long> toVerify = List.of();
    final List<String> returnedToPlanning = new ArrayList<>();
    final List<Long> findingsFor = new ArrayList<>();
    /** Stands in for publishChannelsAgain: the channels it was asked to send, per run, and what is still missing. */
    final List<List<Long>> publishedAgain = new ArrayList<>();
    List<Long> stillMissingAfterResend = List.of();
    final java.util.concurrent.atomic.AtomicInteger metricsCollections = new java.util.concurrent.atomic.AtomicInteger();

    /** The markets the item's record targets, as the stand-in marketsOnRecord reads them: none unless a test says. */
    List<String> markets = List.of();

    /** Stands in for PlatformFit: everything fits unless a test says otherwise. */
    final io.engineroom.content.PlatformFit fit = org.mockito.Mockito.mock(io.engineroom.content.PlatformFit.class);

    @BeforeEach
    void deployAndRegisterDelegates() {
        BpmnAwareTests.init(engine);
        // SopDeployer deploys only changes, so the first test deploys and the others reuse that deployment
        new SopDeployer(repositoryService(), new SopFolders(Path.of("processes"), Path.of("forms"))).deployChanges();
        Mocks.register("recordBrief", (TaskListener) task -> { });
        Mocks.register("approvalRouteVariables", new ApprovalRouteVariables());
        Mocks.register("startFreshReview", new StartFreshReview());
        Mocks.register("recordAuthor", new RecordAuthor());
        PieceFacts pieceFacts = org.mockito.Mockito.mock(PieceFacts.class);
        org.mockito.Mockito.when(pieceFacts.item(org.mockito.ArgumentMatchers.any())).thenReturn(CONTENT_ITEM);
        Mocks.register("checkCopyFits", new CheckCopyFits(fit, pieceFacts));
        Mocks.register("checkMediaFits", new CheckMediaFits(fit, pieceFacts));
        Mocks.register("fourEyes", new FourEyes());
        Mocks.register("approvalStagesOnRecord", new ApprovalStagesOnRecord());
        // stands in for marketsOnRecord (the item's record) and the called market-localization's own steps
        Mocks.register("marketsOnRecord", (ExecutionListener) execution -> io.engineroom.content
                .MarketLocalizationVariables.MARKET_KEYS.set(execution, new ArrayList<>(markets.stream()
                        .map(code -> MarketOfInstance.keyOf("content:" + CONTENT_ITEM, code)).toList())));
        Mocks.register("marketFacts", (ExecutionListener) execution -> { });
        Mocks.register("recordTranslation", (TaskListener) task -> { });
        Mocks.register("marketReviewFacts", (ExecutionListener) execution -> {
            io.engineroom.content.MarketLocalizationVariables.REGULATED_MARKET.set(execution,
                    execution.getProcessBusinessKey().endsWith(":de-CH"));
            PAID_PROMOTION.set(execution, false);
        });
        Mocks.register("localReviewer", (TaskListener) task -> { });
        Mocks.register("markMarketLocalized", (JavaDelegate) execution -> { });
        // stands in for approvalFacts: the brand's rules as its record would give them, the brief's paid promotion
        // from history as the real listener reads it
        Mocks.register("approvalFacts", (ExecutionListener) execution -> {
            REGULATED.set(execution, brandRegulated);
            CLIENT_SIGN_OFF_REQUIRED.set(execution, brandClientSignOff);
            PAID_PROMOTION.set(execution, PieceFacts.paidPromotion(execution));
        });
        Mocks.register("rejectionNeedsComment", new RejectionNeedsComment());
        Mocks.register("markContentApproved", (JavaDelegate) execution -> approvals.add(execution.getVariables()));
        Mocks.register("sopTimings", new SopTimings("P1D", "P1D"));
        Mocks.register("routeRework", new RouteRework());
        Mocks.register("describeApprovalRisk", new DescribeApprovalRisk());
        Mocks.register("returnToPlanning", (JavaDelegate) execution -> returnedToPlanning.add(
                execution.getProcessInstanceId()));
        Mocks.register("describePublication", (TaskListener) task -> {
            task.setVariableLocal(CHANNEL_LABEL.name(), "channel " + CHANNEL_ID.get(task));
            PublicationAnswer.keepAnswersPerChannel(task);
        });
        Mocks.register("recordPublicationFinding", (TaskListener) task -> {
            findingsFor.add(CHANNEL_ID.get(task));
            // as the real listener: "publish it again" puts the channel on the instance's list
            if (Boolean.TRUE.equals(PUBLISH_AGAIN.get(task))) {
                List<Long> again = new ArrayList<>(CHANNELS_TO_PUBLISH_AGAIN.get(task));
                again.add(CHANNEL_ID.get(task));
                CHANNELS_TO_PUBLISH_AGAIN.setLocal(task.getExecution().getProcessInstance(), again);
            }
        });
        Mocks.register("publishChannelsAgain", (JavaDelegate) execution -> {
            publishedAgain.add(CHANNELS_TO_PUBLISH_AGAIN.get(execution));
            CHANNELS_TO_PUBLISH_AGAIN.set(execution, new ArrayList<>());
            CHANNELS_TO_VERIFY.set(execution, new ArrayList<>(stillMissingAfterResend));
        });
        Mocks.register("collectFirstDayMetrics", (JavaDelegate) execution -> metricsCollections.incrementAndGet());
        Mocks.register("remindReviewer", (JavaDelegate) execution -> reminders.incrementAndGet());
        Mocks.register("tellTaskPeople", told);
        Mocks.register("checkFreeze", (JavaDelegate) execution -> PUBLISHING_FROZEN.set(execution, frozen));
        Mocks.register("publishContent", (JavaDelegate) execution -> {
            publishCalls.incrementAndGet();
            ALL_PUBLISHED.set(execution, publishSucceeds);
            PUBLICATION_REPORT.set(execution, publishSucceeds ? "X @brand: published" : "X @brand: unknown");
            CHANNELS_BY_HAND.set(execution, new ArrayList<>(byHand));
            CHANNELS_TO_VERIFY.set(execution, new ArrayList<>(toVerify));
            CHANNELS_TO_PUBLISH_AGAIN.set(execution, new ArrayList<>());
        });
    }

    @AfterEach
    void forgetEngineAndDelegates() {
        // both are thread-bound: later tests in the same JVM (Spring ones) must not see this engine or these mocks
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    // ---- production and brand review

    @Test
    void aCopyOnlyPieceApprovedAtBrandReviewIsApprovedWithoutFurtherStages() {
        ProcessInstance instance = start();

        writeBrief(instance, false);
        writeCopy(instance, "Our autumn range is here: warm, light and made to last.");
        Task review = assertWaitingAt(instance, "BrandReview", "brand-reviewer", "content-review");
        assertThat(instance).variables()
                .containsEntry(CAPTION.name(), "Our autumn range is here: warm, light and made to last.");

        complete(review, withVariables(REVIEW_DECISION.name(), "approve"));

        assertThat(instance).hasPassedInOrder("ContentPlanned", "ApprovalToGet", "ApprovalStarted", "StartWhere",
                "WriteBrief", "WhatToProduce", "Produce", "PiecesReady", "ReviewToDo", "BrandReview",
                "BrandApproved", "DecideStages", "LegalNeeded", "ClientStageToDo", "ClientNeeded", "ApprovalDone",
                "ApprovalComplete", "MarkContentApproved", "PublishTimeSet", "ContentApproved").isEnded();
        assertThat(instance).hasPassed("CopyToDo", "WriteCopy", "CopyReady", "VisualToDo", "VisualReady")
                .hasNotPassed("CreateVisual", "LegalReview", "ClientSignOff");
        assertThat(approvals).hasSize(1);
        assertThat(approvals.get(0)).containsEntry(CONTENT_ITEM_ID.name(), CONTENT_ITEM)
                .containsEntry(REVIEW_DECISION.name(), "approve");
    }

    @Test
    void anItemForTwoMarketsIsTranslatedForEachBeforeItCountsAsApproved() {
        markets = List.of("de-CH", "fr-CH");
        ProcessInstance instance = start();
        writeBrief(instance, false);
        writeCopy(instance, "Our autumn range is here: warm, light and made to last.");
        complete(task(instance), withVariables(REVIEW_DECISION.name(), "approve"));

        assertThat(instance).isWaitingAt("LocalizeForMarkets");
        List<ProcessInstance> called = runtimeService().createProcessInstanceQuery()
                .superProcessInstanceId(instance.getId()).list();
        assertThat(called).extracting(ProcessInstance::getBusinessKey)
                .containsExactlyInAnyOrder("content:42:market:de-CH", "content:42:market:fr-CH");
        assertThat(approvals).isEmpty();
        for (ProcessInstance market : called) {
            translate(market);
        }
        // de-CH is regulated here: its local reviewer sends it back once, then approves it
        ProcessInstance swiss = called.stream().filter(market -> market.getBusinessKey().endsWith("de-CH"))
                .findFirst().orElseThrow();
        Task localReview = taskService().createTaskQuery().processInstanceId(swiss.getId()).singleResult();
        assertThat(localReview).hasDefinitionKey("LocalReview").hasCandidateGroup("brand-reviewer");
        complete(localReview, withVariables(REVIEW_DECISION.name(), "reject", REVIEW_COMMENT.name(),
                "Use the Swiss spelling"));
        assertThat(instance).isWaitingAt("LocalizeForMarkets");
        translate(swiss);
        assertThat(approvals).isEmpty();
        complete(taskService().createTaskQuery().processInstanceId(swiss.getId()).singleResult(),
                withVariables(REVIEW_DECISION.name(), "approve"));

        assertThat(instance).hasPassedInOrder("ApprovalDone", "MarketsToLocalize", "LocalizeForMarkets",
                "MarketsLocalized", "ApprovalComplete", "MarkContentApproved").isEnded();
        assertThat(approvals).hasSize(1);
    }

    @Test
    void copyAndVisualAreMadeInParallelAndAVisualRejectionGoesToTheDesignerOnly() {
        ProcessInstance instance = start();
        writeBrief(instance, true);

        assertOpenTasks(instance, "WriteCopy", "CreateVisual");
        Task visual = taskQuery(instance, "CreateVisual");
        assertThat(visual).hasCandidateGroup("designer");
        complete(visual, withVariables(ALT_TEXT.name(), "A woollen jumper on a wooden chair"));
        assertOpenTasks(instance, "WriteCopy");
        writeCopy(instance, "Warm, light and made to last.");

        complete(assertWaitingAt(instance, "BrandReview", "brand-reviewer", "content-review"),
                withVariables(REVIEW_DECISION.name(), "reject", REVIEW_COMMENT.name(), "Brighter photo, please",
                        RETURN_TO.name(), "visual"));

        // only the designer reworks; the copy stands
        assertWaitingAt(instance, "CreateVisual", "designer", "content-visual");
        assertThat(instance).variables().containsEntry(COPY_TO_DO.name(), false)
                .containsEntry(VISUAL_TO_DO.name(), true);
        complete(task(instance), withVariables(ALT_TEXT.name(), "The same jumper in daylight"));
        complete(assertWaitingAt(instance, "BrandReview", "brand-reviewer", "content-review"),
                withVariables(REVIEW_DECISION.name(), "approve"));

        assertThat(instance).isEnded();
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("WriteCopy").count()).isEqualTo(1);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("CreateVisual").count()).isEqualTo(2);
    }

    @Test
    void copyOrFilesThatDoNotFitAPlannedPlatformKeepTheirTaskOpenAndNothingReachesReview() {
        ProcessInstance instance = start();
        writeBrief(instance, true);
        org.mockito.Mockito.when(fit.mediaProblems(CONTENT_ITEM))
                .thenReturn(List.of("Instagram @b: logo.png: Instagram does not take image/png"));
        org.mockito.Mockito.when(fit.textProblems(CONTENT_ITEM, "Far too long for X."))
                .thenReturn(Map.of("caption", "X @b: Too long for X"));
        Task visual = taskQuery(instance, "CreateVisual");
        Task copy = taskQuery(instance, "WriteCopy");

        assertThatThrownBy(() -> taskService().complete(visual.getId(), Map.of(ALT_TEXT.name(), "A jumper")))
                .rootCause().isInstanceOf(io.engineroom.base.InvalidInput.class)
                .hasMessageContaining("does not take image/png");
        assertThatThrownBy(() -> taskService().complete(copy.getId(), Map.of(CAPTION.name(), "Far too long for X.")))
                .rootCause().isInstanceOf(io.engineroom.base.InvalidInput.class)
                .hasMessageContaining("Too long for X");

        assertOpenTasks(instance, "WriteCopy", "CreateVisual");
        org.mockito.Mockito.when(fit.mediaProblems(CONTENT_ITEM)).thenReturn(List.of());
        complete(visual, withVariables(ALT_TEXT.name(), "A jumper"));
        writeCopy(instance, "Short and sweet.");
        assertWaitingAt(instance, "BrandReview", "brand-reviewer", "content-review");
    }

    @Test
    void aRejectionOfBothSendsItToTheCopywriterAndTheDesigner() {
        ProcessInstance instance = start();
        writeBrief(instance, true);
        complete(taskQuery(instance, "CreateVisual"), withVariables(ALT_TEXT.name(), "A first sketch of the visual"));
        writeCopy(instance, "First draft.");

        complete(task(instance), withVariables(REVIEW_DECISION.name(), "reject", REVIEW_COMMENT.name(), "Start again",
                RETURN_TO.name(), "both"));

        assertOpenTasks(instance, "WriteCopy", "CreateVisual");
    }

    @Test
    void theCopywriterCannotReviewTheirPieceEvenAfterTheAuthorListIsRewritten() {
        ProcessInstance instance = start();
        writeBrief(instance, false);
        Task copy = taskQuery(instance, "WriteCopy");
        taskService().claim(copy.getId(), "cody");
        complete(copy, withVariables(CAPTION.name(), "Our own words.", HASHTAGS.name(), "#autumn"));
        // what a task completer could do over the engine's API: empty the list the check used to read
        CONTENT_AUTHORS.set(runtimeService(), instance.getId(), new ArrayList<>(List.of("nobody")));
        Task review = task(instance);

        assertThatThrownBy(() -> taskService().claim(review.getId(), "cody"))
                .hasRootCauseInstanceOf(org.camunda.bpm.engine.AuthorizationException.class)
                .rootCause().hasMessageContaining("cody");
        taskService().claim(review.getId(), "rita");
        complete(review, withVariables(REVIEW_DECISION.name(), "approve"));
        assertThat(instance).hasPassed("ApprovalComplete");
    }

    @Test
    void aPaidPromotionGoesToLegalEvenWhenPaidPromotionIsRewrittenAfterTheBrief() {
        ProcessInstance instance = start();
        complete(assertWaitingAt(instance, "WriteBrief", "social-manager", "content-brief"), withVariables(TITLE.name(),
                "Sponsored post", OBJECTIVE.name(), "awareness", KEY_MESSAGE.name(), "Warm, light and made to last",
                NEEDS_VISUAL.name(), false, PAID_PROMOTION.name(), true));
        writeCopy(instance, "Sponsored: our autumn range.");
        PAID_PROMOTION.set(runtimeService(), instance.getId(), false);

        complete(task(instance), withVariables(REVIEW_DECISION.name(), "approve"));

        assertThat(instance).isWaitingAt("LegalReview");
        assertThat(PAID_PROMOTION.get(runtimeService(), instance.getId())).isEqualTo(true);
    }

    @Test
    void aRegulatedBrandsPieceGoesToLegalEvenWhenRegulatedIsRewrittenToFalse() {
        ProcessInstance instance = startFor(true, false);
        writeBrief(instance, false);
        writeCopy(instance, "Rates, plainly explained.");
        REGULATED.set(runtimeService(), instance.getId(), false);

        complete(task(instance), withVariables(REVIEW_DECISION.name(), "approve"));

        assertThat(instance).isWaitingAt("LegalReview");
    }

    @Test
    void aClientBrandsPieceStillGoesToItsClientWhenTheStagesAreRewrittenDuringLegalReview() {
        ProcessInstance instance = startFor(true, true);
        writeBrief(instance, false);
        writeCopy(instance, "Rates, plainly explained.");
        complete(task(instance), withVariables(REVIEW_DECISION.name(), "approve"));
        assertThat(instance).isWaitingAt("LegalReview");
        APPROVAL_STAGES.set(runtimeService(), instance.getId(), new ArrayList<>(List.of("legal")));

        complete(task(instance), withVariables(REVIEW_DECISION.name(), "approve"));

        assertThat(instance).isWaitingAt("ClientSignOff");
    }

    @Test
    void publishingPostsTheCaptionTheCopywriterSubmittedNotARewrittenCaptionVariable() {
        ContentPublishing publishing = org.mockito.Mockito.mock(ContentPublishing.class);
        PublicationFollowUp followUp = org.mockito.Mockito.mock(PublicationFollowUp.class);
        PieceFacts facts = org.mockito.Mockito.mock(PieceFacts.class);
        org.mockito.Mockito.when(facts.item(org.mockito.ArgumentMatchers.any())).thenReturn(CONTENT_ITEM);
        org.mockito.Mockito.when(publishing.publish(org.mockito.ArgumentMatchers.anyLong(),
                org.mockito.ArgumentMatchers.any())).thenReturn(new PublicationReport(true, List.of("X: published")));
        org.mockito.Mockito.when(followUp.followUps(CONTENT_ITEM))
                .thenReturn(new PublicationFollowUp.FollowUps(List.of(), List.of()));
        Mocks.register("publishContent", new PublishContent(publishing, followUp, facts));
        ProcessInstance instance = approvedWithPublishTime();
        CAPTION.set(runtimeService(), instance.getId(), "Buy our partner's coin now!");
        CONTENT_ITEM_ID.set(runtimeService(), instance.getId(), 7L);

        managementService().executeJob(managementService().createJobQuery().processInstanceId(instance.getId())
                .timers().singleResult().getId());

        org.mockito.Mockito.verify(publishing).publish(CONTENT_ITEM, "A caption for the schedule.");
    }

    @Test
    void theDesignerOfAPieceCannotReviewIt() {
        ProcessInstance instance = start();
        writeBrief(instance, true);
        Task visual = taskQuery(instance, "CreateVisual");
        taskService().claim(visual.getId(), "dana");
        complete(visual, withVariables(ALT_TEXT.name(), "A photo of the new shop front"));
        writeCopy(instance, "The new shop is open.");
        Task review = task(instance);

        assertThatThrownBy(() -> taskService().claim(review.getId(), "dana"))
                .hasRootCauseInstanceOf(org.camunda.bpm.engine.AuthorizationException.class)
                .rootCause().hasMessageContaining("dana");
        assertThat(task(instance).getAssignee()).isNull();
    }

    @Test
    void rejectedCopyGoesBackToTheCopywriterWithTheCommentAndIsApprovedAfterRevision() {
        ProcessInstance instance = start();
        writeBrief(instance, false);
        writeCopy(instance, "First draft of the caption.");

        // no "returnTo": a piece without a visual goes back to its copywriter
        complete(task(instance), withVariables(REVIEW_DECISION.name(), "reject",
                REVIEW_COMMENT.name(), "Mention the free returns"));

        Task revision = assertWaitingAt(instance, "WriteCopy", "copywriter", "content-copy");
        assertThat(taskService().getVariables(revision.getId()))
                .containsEntry(REVIEW_COMMENT.name(), "Mention the free returns")
                .containsEntry(CAPTION.name(), "First draft of the caption.");
        assertThat(approvals).isEmpty();

        writeCopy(instance, "Second draft, now with free returns.");
        Task review = assertWaitingAt(instance, "BrandReview", "brand-reviewer", "content-review");
        // the second round starts fresh: the old "reject" cannot be completed again by accident
        assertThat(taskService().getVariables(review.getId()))
                .doesNotContainKeys(REVIEW_DECISION.name(), REVIEW_COMMENT.name());
        assertThatThrownBy(() -> taskService().complete(review.getId()))
                .hasRootCauseInstanceOf(BadUserRequestException.class);
        complete(review, withVariables(REVIEW_DECISION.name(), "approve"));

        assertThat(instance).isEnded();
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("WriteCopy").count()).isEqualTo(2);
        assertThat(approvals).hasSize(1);
        assertThat(approvals.get(0)).containsEntry(CAPTION.name(), "Second draft, now with free returns.");
    }

    @Test
    void aRejectionWithoutACommentIsRefusedAndTheReviewStaysOpen() {
        ProcessInstance instance = start();
        writeBrief(instance, false);
        writeCopy(instance, "A caption to be rejected.");
        Task review = task(instance);

        // the engine wraps a task listener's exception in ENGINE-03051; the listener's own reason is the root cause
        assertThatThrownBy(() -> complete(review, withVariables(REVIEW_DECISION.name(), "reject")))
                .rootCause().isInstanceOf(BadUserRequestException.class).hasMessageContaining("comment");
        assertThatThrownBy(() -> complete(review,
                withVariables(REVIEW_DECISION.name(), "reject", REVIEW_COMMENT.name(), "  ")))
                .rootCause().isInstanceOf(BadUserRequestException.class).hasMessageContaining("comment");

        assertStillUnderReview(instance, review);
    }

    @Test
    void aReviewWithoutADecisionOrWithAnUnknownReworkTargetIsRefused() {
        ProcessInstance instance = start();
        writeBrief(instance, true);
        complete(taskQuery(instance, "CreateVisual"), withVariables(ALT_TEXT.name(), "A cup of coffee on a table"));
        writeCopy(instance, "A caption nobody decided on.");
        Task review = task(instance);

        assertThatThrownBy(() -> taskService().complete(review.getId()))
                .rootCause().isInstanceOf(BadUserRequestException.class).hasMessageContaining("decision");
        assertThatThrownBy(() -> complete(review,
                withVariables(REVIEW_DECISION.name(), "maybe", REVIEW_COMMENT.name(), "Hmm")))
                .rootCause().isInstanceOf(BadUserRequestException.class).hasMessageContaining("decision");
        assertThatThrownBy(() -> complete(review, withVariables(REVIEW_DECISION.name(), "reject",
                REVIEW_COMMENT.name(), "Redo", RETURN_TO.name(), "the intern"))).rootCause()
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("the intern");

        assertStillUnderReview(instance, review);
    }

    // ---- further stages and reminders

    @Test
    void aRegulatedClientBrandsPieceGoesThroughLegalThenTheClientAndEveryReviewIsReminded() {
        ProcessInstance instance = startFor(true, true);
        writeBrief(instance, false);
        writeCopy(instance, "Rates are changing. Here is what it means for you.");
        remindAndApprove(instance, "BrandReview", "brand-reviewer", 1);

        assertThat(APPROVAL_STAGES.get(runtimeService(), instance.getId()))
                .isEqualTo(List.of("legal", "client"));
        remindAndApprove(instance, "LegalReview", "legal", 2);
        remindAndApprove(instance, "ClientSignOff", "client-approver", 3);

        assertThat(instance).hasPassedInOrder("BrandReview", "DecideStages", "LegalReview", "ClientSignOff",
                "MarkContentApproved").isEnded();
        assertThat(instance).hasPassed("BrandReviewWaiting", "LegalReviewWaiting", "ClientSignOffWaiting",
                "ReviewWaiting", "RemindReviewer", "ReviewerReminded");
    }

    /** The review's one-day reminder fires without closing it; then the review is approved. */
    private void remindAndApprove(ProcessInstance instance, String review, String group, int remindersSoFar) {
        Task task = assertWaitingAt(instance, review, group, "content-review");
        org.camunda.bpm.engine.runtime.Job reminder = managementService().createJobQuery()
                .processInstanceId(instance.getId()).activityId(review + "Waiting").singleResult();
        assertThat(reminder.getDuedate()).isCloseTo(java.util.Date.from(task.getCreateTime().toInstant()
                .plus(java.time.Duration.ofDays(1))), 1000);

        managementService().executeJob(reminder.getId());

        assertThat(reminders).hasValue(remindersSoFar);
        assertThat(task(instance).getId()).isEqualTo(task.getId());
        complete(task, withVariables(REVIEW_DECISION.name(), "approve"));
    }

    @Test
    void legalOrTheClientRejectingSendsThePieceBackToProductionAndReviewStartsAgain() {
        ProcessInstance instance = startFor(true, true);
        writeBrief(instance, false);
        writeCopy(instance, "Guaranteed returns for everyone!");
        complete(task(instance), withVariables(REVIEW_DECISION.name(), "approve"));
        complete(task(instance), withVariables(REVIEW_DECISION.name(), "reject",
                REVIEW_COMMENT.name(), "No guarantees, please"));

        Task revision = assertWaitingAt(instance, "WriteCopy", "copywriter", "content-copy");
        assertThat(REVIEW_COMMENT.get(taskService(), revision.getId())).isEqualTo("No guarantees, please");
        writeCopy(instance, "Returns vary; here is how they work.");
        complete(assertWaitingAt(instance, "BrandReview", "brand-reviewer", "content-review"),
                withVariables(REVIEW_DECISION.name(), "approve"));
        complete(assertWaitingAt(instance, "LegalReview", "legal", "content-review"),
                withVariables(REVIEW_DECISION.name(), "approve"));
        complete(assertWaitingAt(instance, "ClientSignOff", "client-approver", "content-review"),
                withVariables(REVIEW_DECISION.name(), "reject", REVIEW_COMMENT.name(), "Use our new tagline"));

        assertWaitingAt(instance, "WriteCopy", "copywriter", "content-copy");
        assertThat(approvals).isEmpty();
    }

    // ---- approval at risk, and the publish time passing unapproved

    @Test
    void publishTimeMinusLeadTimeOpensAnApprovalAtRiskTaskThatEndsWithTheApproval() {
        ProcessInstance instance = startScheduled();
        writeBrief(instance, false);
        org.camunda.bpm.engine.runtime.Job atRisk = managementService().createJobQuery()
                .processInstanceId(instance.getId()).activityId("ApprovalAtRisk").singleResult();
        assertThat(atRisk.getDuedate()).isEqualTo(java.util.Date.from(PUBLISH_AT.toInstant()
                .minus(java.time.Duration.ofHours(LEAD_HOURS))));

        managementService().executeJob(atRisk.getId());

        Task chase = taskQuery(instance, "ChaseApproval");
        assertThat(chase).hasCandidateGroup("social-manager");
        assertThat(told.told()).as("the managers are told").containsExactly("ChaseApproval:approval-at-risk");
        assertThat(taskService().getVariableLocal(chase.getId(), WAITING_AT.name()).toString())
                .contains("Write copy (not claimed yet)");
        assertThat(instance).isWaitingAt("WriteCopy", "ChaseApproval");
        complete(chase, withVariables(CHASE_NOTE.name(), "Asked the copywriter to finish today"));
        assertThat(instance).hasPassed("ApprovalChased");

        writeCopy(instance, "Made it in time.");
        complete(task(instance), withVariables(REVIEW_DECISION.name(), "approve"));
        assertThat(instance).isWaitingAt("UntilPublishTime");
    }

    @Test
    void anUnfinishedChaseTaskEndsWhenThePieceIsApproved() {
        ProcessInstance instance = startScheduled();
        writeBrief(instance, false);
        managementService().executeJob(managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("ApprovalAtRisk").singleResult().getId());
        writeCopy(instance, "Approved before anyone chased.");

        complete(taskQuery(instance, "BrandReview"), withVariables(REVIEW_DECISION.name(), "approve"));

        assertThat(instance).isWaitingAtExactly("UntilPublishTime");
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void whenThePublishTimePassesUnapprovedTheItemGoesBackToPlanning() {
        ProcessInstance instance = startScheduled();
        writeBrief(instance, false);
        writeCopy(instance, "Nobody reviews this in time.");
        org.camunda.bpm.engine.runtime.Job deadline = managementService().createJobQuery()
                .processInstanceId(instance.getId()).activityId("PublishTimePassed").singleResult();
        assertThat(deadline.getDuedate()).isEqualTo(PUBLISH_AT);

        managementService().executeJob(deadline.getId());

        assertThat(instance).hasPassed("PublishTimePassed", "ReturnToPlanning", "BackToPlanning")
                .hasNotPassed("MarkContentApproved").isEnded();
        assertThat(returnedToPlanning).containsExactly(instance.getId());
        assertThat(publishCalls).hasValue(0);
    }

    @Test
    void anUnscheduledPieceHasNoApprovalDeadline() {
        ProcessInstance instance = start();

        assertThat(managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("PublishTimePassed").singleResult().getDuedate()).isEqualTo(SopTimings.NEVER);
        assertThat(managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("ApprovalAtRisk").singleResult().getDuedate()).isEqualTo(SopTimings.NEVER);
    }

    // ---- publishing and after

    @Test
    void approvedContentWaitsForItsPublishTimePublishesOnceAndCollectsMetricsADayLater() {
        ProcessInstance instance = approvedWithPublishTime();
        org.camunda.bpm.engine.runtime.Job timer = managementService().createJobQuery()
                .processInstanceId(instance.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(PUBLISH_AT);
        assertThat(publishCalls).hasValue(0);

        managementService().executeJob(timer.getId());

        assertThat(publishCalls).hasValue(1);
        assertThat(instance).hasPassed("UntilPublishTime", "PublishToChannels", "FollowUp", "ByHandNeeded",
                "ByHandDone", "VerifyNeeded", "VerifyDone", "PublicationSettled")
                .hasNotPassed("PostByHand", "VerifyPublication").isWaitingAt("ADayAfterPublishing");
        org.camunda.bpm.engine.runtime.Job aDayLater = managementService().createJobQuery()
                .processInstanceId(instance.getId()).timers().singleResult();
        assertThat(aDayLater.getDuedate()).isCloseTo(java.util.Date.from(java.time.Instant.now()
                .plus(java.time.Duration.ofDays(1))), 60_000);
        assertThat(metricsCollections).hasValue(0);

        managementService().executeJob(aDayLater.getId());

        assertThat(metricsCollections).hasValue(1);
        assertThat(instance).hasPassed("CollectFirstDayMetrics", "FirstDayMetricsCollected").isEnded();
    }

    @Test
    void whatDidNotClearlyPostBecomesOneTaskPerChannelForAPersonNotARetry() {
        publishSucceeds = false;
        byHand = List.of(7L, 8L);
        toVerify = List.of(9L);
        ProcessInstance instance = dueNow();

        List<Task> tasks = taskService().createTaskQuery().processInstanceId(instance.getId()).list();
        assertThat(tasks).extracting(Task::getTaskDefinitionKey)
                .containsExactlyInAnyOrder("PostByHand", "PostByHand", "VerifyPublication");
        assertThat(tasks).extracting(task -> taskService().getVariableLocal(task.getId(), CHANNEL_LABEL.name()))
                .containsExactlyInAnyOrder("channel 7", "channel 8", "channel 9");
        tasks.forEach(task -> assertThat(task).hasCandidateGroup("social-manager"));
        assertThat(told.told()).as("each task's people are told").containsExactlyInAnyOrder(
                "PostByHand:post-by-hand", "PostByHand:post-by-hand", "VerifyPublication:verify-publication");
        assertThat(instance).isNotWaitingAt("ADayAfterPublishing");
        tasks.forEach(task -> complete(task));

        assertThat(findingsFor).containsExactlyInAnyOrder(7L, 8L, 9L);
        assertThat(publishCalls).hasValue(1);
        assertThat(instance).hasPassed("PostByHand", "VerifyPublication", "PublicationSettled")
                .isWaitingAt("ADayAfterPublishing");
    }

    @Test
    void aChannelFoundNotPostedIsPublishedAgainInAJobAndVerifiedAgainOnlyWhileItIsStillNotOut() {
        publishSucceeds = false;
        toVerify = List.of(9L, 10L);
        ProcessInstance instance = dueNow();
        List<Task> verify = taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("VerifyPublication").list();
        assertThat(verify).hasSize(2);
        Task nine = verify.stream().filter(task -> Long.valueOf(9L).equals(CHANNEL_ID.get(taskService(),
                task.getId()))).findFirst().orElseThrow();
        Task ten = verify.stream().filter(task -> task != nine).findFirst().orElseThrow();
        stillMissingAfterResend = List.of(9L);

        complete(nine, withVariables(ContentApprovalVariables.FINDING.name(), "not-posted",
                ContentApprovalVariables.FINDING_NOTE.name(), "Not on the timeline", PUBLISH_AGAIN.name(), true));
        complete(ten, withVariables(ContentApprovalVariables.FINDING.name(), "not-posted",
                ContentApprovalVariables.FINDING_NOTE.name(), "Not there, leave it"));

        // the platform call waits for the job executor, not the request of the person who completed the task
        assertThat(instance).isWaitingAt("PublishAgain");
        assertThat(publishedAgain).isEmpty();
        managementService().executeJob(managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("PublishAgain").singleResult().getId());
        assertThat(publishedAgain).containsExactly(List.of(9L));
        Task nineAgain = taskQuery(instance, "VerifyPublication");
        assertThat(CHANNEL_ID.get(taskService(), nineAgain.getId())).isEqualTo(9L);

        stillMissingAfterResend = List.of();
        complete(nineAgain, withVariables(ContentApprovalVariables.FINDING.name(), "not-posted",
                ContentApprovalVariables.FINDING_NOTE.name(), "Still not there", PUBLISH_AGAIN.name(), true));
        managementService().executeJob(managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("PublishAgain").singleResult().getId());

        assertThat(publishedAgain).containsExactly(List.of(9L), List.of(9L));
        assertThat(findingsFor).containsExactlyInAnyOrder(9L, 10L, 9L);
        assertThat(publishCalls).hasValue(1);
        assertThat(instance).hasPassed("PublishAgainWanted", "PublishAgain", "VerifyDone", "PublicationSettled")
                .isWaitingAt("ADayAfterPublishing");
    }

    @Test
    void aFrozenBrandsDuePostWaitsAndIsPublishedWhenReleasedSo() {
        frozen = true;
        ProcessInstance instance = dueNow();
        assertThat(instance).isWaitingAt("HeldByFreeze");
        assertThat(publishCalls).hasValue(0);

        runtimeService().createMessageCorrelation("publishing-released").processInstanceId(instance.getId())
                .setVariable(RELEASE_CHOICE.name(), "PUBLISH_IN_ORDER").correlate();

        assertThat(publishCalls).hasValue(1);
        assertThat(instance).hasPassed("ReleasedHow", "PublishNow", "PublicationSettled");
    }

    @Test
    void aFrozenBrandsDuePostSentBackToReviewOnReleaseSkipsTheBriefAndProduction() {
        frozen = true;
        ProcessInstance instance = dueNow();

        runtimeService().createMessageCorrelation("publishing-released").processInstanceId(instance.getId())
                .setVariable(RELEASE_CHOICE.name(), "BACK_TO_REVIEW").correlate();

        assertWaitingAt(instance, "BrandReview", "brand-reviewer", "content-review");
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("WriteCopy").count()).isEqualTo(1);
        assertThat(publishCalls).hasValue(0);
    }

    // ---- helpers

    private static void translate(ProcessInstance market) {
        Task translate = taskService().createTaskQuery().processInstanceId(market.getId()).singleResult();
        assertThat(translate).hasDefinitionKey("Translate").hasCandidateGroup("translator");
        complete(translate, withVariables(
                io.engineroom.content.MarketLocalizationVariables.TRANSLATION.name(), "translated"));
    }

    static final long LEAD_HOURS = 48;

    private ProcessInstance start() {
        return startWith(Map.of());
    }

    private ProcessInstance startFor(boolean regulated, boolean clientSignOff) {
        brandRegulated = regulated;
        brandClientSignOff = clientSignOff;
        return startWith(Map.of(REGULATED.name(), regulated, CLIENT_SIGN_OFF_REQUIRED.name(), clientSignOff));
    }

    private ProcessInstance startScheduled() {
        return startWith(Map.of(ContentApprovalVariables.PUBLISH_AT.name(), PUBLISH_AT,
                APPROVAL_LEAD_HOURS.name(), LEAD_HOURS));
    }

    /** Starts the SOP with the variables ContentService starts it with, changed by {@code overrides}. */
    private ProcessInstance startWith(Map<String, Object> overrides) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of(CONTENT_ITEM_ID.name(), CONTENT_ITEM,
                REGULATED.name(), false, CLIENT_SIGN_OFF_REQUIRED.name(), false, PAID_PROMOTION.name(), false,
                NEEDS_VISUAL.name(), false, COPY_TO_DO.name(), true, VISUAL_TO_DO.name(), true));
        variables.putAll(overrides);
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("content-approval",
                "content:" + CONTENT_ITEM, variables);
        assertThat(instance).isStarted().hasPassed("ContentPlanned");
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
        complete(brief, withVariables(TITLE.name(), "Scheduled piece", OBJECTIVE.name(), "awareness",
                KEY_MESSAGE.name(), "Warm, light and made to last", ContentApprovalVariables.PUBLISH_AT.name(),
                PUBLISH_AT, NEEDS_VISUAL.name(), false));
        writeCopy(instance, "A caption for the schedule.");
        complete(task(instance), withVariables(REVIEW_DECISION.name(), "approve"));
        assertThat(instance).isWaitingAt("UntilPublishTime");
        return instance;
    }

    private void writeBrief(ProcessInstance instance, boolean needsVisual) {
        Task brief = assertWaitingAt(instance, "WriteBrief", "social-manager", "content-brief");
        complete(brief, withVariables(TITLE.name(), "Autumn range launch", OBJECTIVE.name(), "awareness",
                KEY_MESSAGE.name(), "Warm, light and made to last", NEEDS_VISUAL.name(), needsVisual));
    }

    private void writeCopy(ProcessInstance instance, String caption) {
        Task copy = taskQuery(instance, "WriteCopy");
        assertThat(copy).hasCandidateGroup("copywriter");
        assertThat(taskService().getVariables(copy.getId()))
                .containsEntry(KEY_MESSAGE.name(), "Warm, light and made to last");
        complete(copy, withVariables(CAPTION.name(), caption, HASHTAGS.name(), "#autumn"));
    }

    /** The user tasks open in the instance, by model id (the approval sub-process itself also "waits"). */
    private static void assertOpenTasks(ProcessInstance instance, String... activityIds) {
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).list())
                .extracting(Task::getTaskDefinitionKey).containsExactlyInAnyOrder(activityIds);
    }

    private static Task taskQuery(ProcessInstance instance, String activityId) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId)
                .singleResult();
    }

    /** The instance waits at this user task only, offered to exactly this group, with this deployed form. */
    private Task assertWaitingAt(ProcessInstance instance, String activityId, String group, String formId) {
        assertOpenTasks(instance, activityId);
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
        assertThat(assertWaitingAt(instance, "BrandReview", "brand-reviewer", "content-review").getId())
                .isEqualTo(review.getId());
        assertThat(instance).variables().doesNotContainKeys(REVIEW_DECISION.name(), REVIEW_COMMENT.name());
        assertThat(approvals).isEmpty();
    }
}
