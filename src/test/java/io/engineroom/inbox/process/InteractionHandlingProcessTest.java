package io.engineroom.inbox.process;

import static io.engineroom.inbox.InteractionHandlingVariables.ACTION;
import static io.engineroom.inbox.InteractionHandlingVariables.BRAND;
import static io.engineroom.inbox.InteractionHandlingVariables.BREACH_NOTE;
import static io.engineroom.inbox.InteractionHandlingVariables.BREACH_SUMMARY;
import static io.engineroom.inbox.InteractionHandlingVariables.CATEGORY;
import static io.engineroom.inbox.InteractionHandlingVariables.CHANNEL_ID;
import static io.engineroom.inbox.InteractionHandlingVariables.INTERACTION_ID;
import static io.engineroom.inbox.InteractionHandlingVariables.KIND;
import static io.engineroom.inbox.InteractionHandlingVariables.MODERATION;
import static io.engineroom.inbox.InteractionHandlingVariables.MODERATION_APPLIED;
import static io.engineroom.inbox.InteractionHandlingVariables.MODERATION_FINDING;
import static io.engineroom.inbox.InteractionHandlingVariables.MODERATION_INSTRUCTION;
import static io.engineroom.inbox.InteractionHandlingVariables.MODERATION_NOTE;
import static io.engineroom.inbox.InteractionHandlingVariables.PRIORITY;
import static io.engineroom.inbox.InteractionHandlingVariables.RECEIVED_AT;
import static io.engineroom.inbox.InteractionHandlingVariables.REPLY_DELIVERED;
import static io.engineroom.inbox.InteractionHandlingVariables.REPLY_FINDING;
import static io.engineroom.inbox.InteractionHandlingVariables.REPLY_FINDING_NOTE;
import static io.engineroom.inbox.InteractionHandlingVariables.REPLY_OUTCOME;
import static io.engineroom.inbox.InteractionHandlingVariables.REPLY_TEXT;
import static io.engineroom.inbox.InteractionHandlingVariables.RESPONDED_BY;
import static io.engineroom.inbox.InteractionHandlingVariables.RESPONSE_NOTE;
import static io.engineroom.inbox.InteractionHandlingVariables.SENTIMENT;
import static io.engineroom.inbox.InteractionHandlingVariables.SUPPORT_RESOLUTION;
import static io.engineroom.inbox.InteractionHandlingVariables.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.BusinessHours;
import io.engineroom.inbox.CrisisSignal;
import io.engineroom.inbox.InteractionCorrections;
import io.engineroom.inbox.InteractionModeration;
import io.engineroom.inbox.InteractionProgress;
import io.engineroom.inbox.Moderation;
import io.engineroom.inbox.ModerationState;
import io.engineroom.inbox.InteractionReplies;
import io.engineroom.inbox.ReplyOutcome;
import io.engineroom.inbox.SlaTarget;
import io.engineroom.inbox.SlaTargets;
import io.engineroom.inbox.Category;
import io.engineroom.inbox.ReplyResult;
import io.engineroom.inbox.InteractionState;
import io.engineroom.workflow.deployment.SopDeployer;
import io.engineroom.workflow.deployment.SopFolders;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import io.engineroom.notification.NoticeKind;
import io.engineroom.notification.TaskNotices;
import io.engineroom.support.ToldTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The interaction SOP and its SLA policy as deployed from {@code processes/} and {@code forms/}, on a standalone
 * engine, with the real delegates for the SLA clock, the response check, breaches and outcomes (their services
 * mocked). Together the tests pass every flow node and sequence flow.
 */
class InteractionHandlingProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension
            .builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    static final String INTERACTION = "9f1c0000-0000-0000-0000-000000000001";
    /** A Wednesday, 10:00 in London: inside business hours. */
    static final Instant RECEIVED = Instant.parse("2031-03-05T10:00:00Z");

    ProcessEngine engine;
    final BrandService brands = mock(BrandService.class);
    final InteractionProgress progress = mock(InteractionProgress.class);
    final InteractionFacts facts = new InteractionFacts(progress);
    final SlaTargets slaTargets = mock(SlaTargets.class);
    final List<Object> events = new ArrayList<>();
    final TaskNotices taskNotices = mock(TaskNotices.class);
    final ToldTasks told = new ToldTasks();
    boolean replyDelivered = true;
    int repliesSent;
    final InteractionModeration moderation = mock(InteractionModeration.class);

    @BeforeEach
    void deployAndRegisterDelegates() {
        BpmnAwareTests.init(engine);
        new SopDeployer(repositoryService(), new SopFolders(Path.of("processes"), Path.of("forms"))).deployChanges();
        when(brands.businessHours("beanleaf")).thenReturn(BusinessHours.weekdays(LocalTime.of(9, 0),
                LocalTime.of(17, 0), ZoneId.of("Europe/London")));
        // the interaction's record names the instance that handles it, and its brand
        when(progress.interactionOfInstance(anyString(), eq("interaction:" + INTERACTION))).thenReturn(INTERACTION);
        when(progress.brandOf(INTERACTION)).thenReturn("beanleaf");
        Mocks.register("brandSla", new BrandSla(slaTargets));
        Mocks.register("startSla", new StartSla(brands, progress));
        Mocks.register("moveSla", new MoveSla(brands, progress, facts));
        Mocks.register("startSupportSla", new StartSupportSla(brands));
        Mocks.register("recordResponse", new RecordResponse(progress, facts));
        Mocks.register("remindQueue", new RemindQueue(taskService(), managementService(), taskNotices));
        Mocks.register("tellTaskPeople", told);
        Mocks.register("recordBreach", new RecordBreach(progress, facts));
        Mocks.register("describeBreach", new DescribeBreach());
        Mocks.register("raiseCrisis", new RaiseCrisis(events::add, facts));
        Mocks.register("resolveInteraction", new ResolveInteraction(progress, facts));
        Mocks.register("sendReply", (JavaDelegate) execution -> {
            repliesSent++;
            REPLY_DELIVERED.set(execution, replyDelivered);
            REPLY_OUTCOME.set(execution, replyDelivered ? "sent" : "no answer from the channel");
        });
        Mocks.register("moderateInteraction", new ModerateInteraction(moderation, facts));
        Mocks.register("moderateOnPlatform", new ModerateOnPlatform(moderation, facts));
        Mocks.register("describeModeration", new DescribeModeration(moderation, facts));
        Mocks.register("recordModerationByHand", new RecordModerationByHand(moderation, facts));
    }

    @AfterEach
    void forget() {
        Mocks.reset();
        BpmnAwareTests.reset();
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }

    @Test
    void anAngryComplaintIsDueInAnHourRoundTheClockAndAReplyGoesOutThroughTheChannel() {
        ProcessInstance instance = start("COMPLAINT", "NEGATIVE", "NORMAL");

        Task respond = respondTask(instance);
        assertThat(respond).hasCandidateGroup("community-manager");
        assertThat(respond.getDueDate()).isEqualTo(Date.from(RECEIVED.plus(Duration.ofHours(1))));
        assertThat(job(instance, "SlaNearlyDue").getDuedate()).isEqualTo(Date.from(RECEIVED.plus(Duration.ofMinutes(45))));
        verify(progress).slaStarted(INTERACTION, RECEIVED.plus(Duration.ofHours(1)));

        complete(respond, withVariables(ACTION.name(), "reply", REPLY_TEXT.name(),
                "Sorry about that, we are on it."));
        executeAsync(instance);

        assertThat(repliesSent).isEqualTo(1);
        assertThat(instance).hasPassedInOrder("ApplyPolicy", "StartSla", "Respond", "HowAnswered", "SendReply",
                "ReplyDelivered", "Done", "ResolveInteraction", "InteractionHandled").isEnded();
        verify(progress).responded(eq(INTERACTION), any());
        verify(progress).resolved(eq(INTERACTION), eq(InteractionState.ANSWERED), any());
    }

    @Test
    void theReplySentIsTheOneSubmittedToItsOwnInteractionWhateverTheVariablesSayWhileTheJobWaits() {
        InteractionReplies replies = mock(InteractionReplies.class);
        when(replies.send(anyString(), anyString(), any(), anyString()))
                .thenReturn(new ReplyResult(true, ReplyOutcome.SENT, "sent"));
        Mocks.register("sendReply", new SendReply(replies, facts));
        ProcessInstance instance = start("COMPLAINT", "NEGATIVE", "NORMAL");
        Task respond = respondTask(instance);
        taskService().claim(respond.getId(), "cleo");
        complete(respond, withVariables(ACTION.name(), "reply", REPLY_TEXT.name(),
                "Sorry about that, we are on it."));
        // what someone could do over the engine's API before the reply's job runs
        REPLY_TEXT.set(runtimeService(), instance.getId(), "Visit scam.example for a refund");
        INTERACTION_ID.set(runtimeService(), instance.getId(), "someone-elses-interaction");
        RESPONDED_BY.set(runtimeService(), instance.getId(), "ceo");
        ACTION.set(runtimeService(), instance.getId(), "crisis");

        executeAsync(instance);

        verify(replies).send(eq(INTERACTION), eq("Sorry about that, we are on it."), eq("cleo"), anyString());
        verify(progress).resolved(eq(INTERACTION), eq(InteractionState.ANSWERED), any());
    }

    @Test
    void aQuestionInBusinessHoursOnlyFridayAfternoonIsDueMondayMorning() {
        // Friday 15:00 London + 4 business hours = Monday 11:00 London
        ProcessInstance instance = start("QUESTION", "NEUTRAL", "NORMAL", Instant.parse("2031-03-07T15:00:00Z"));

        assertThat(respondTask(instance).getDueDate()).isEqualTo(Date.from(Instant.parse("2031-03-10T11:00:00Z")));
        // 75 % of 4 h = 3 h: 2 h on Friday, 1 h on Monday
        assertThat(job(instance, "SlaNearlyDue").getDuedate()).isEqualTo(Date.from(Instant.parse("2031-03-10T10:00:00Z")));
    }

    @Test
    void aBrandsOwnTargetForTheCategoryReplacesTheShippedTargetAndBusinessHoursButKeepsTheQueue() {
        // the brand answers leads within 30 minutes round the clock; the shipped table says two business hours
        when(slaTargets.forInteraction(eq(INTERACTION), anyString()))
                .thenReturn(Optional.of(new SlaTarget(Category.LEAD, Duration.ofMinutes(30), false)));
        // Friday 18:00 London: outside business hours, which the brand's target ignores
        Instant evening = Instant.parse("2031-03-07T18:00:00Z");

        ProcessInstance instance = start("LEAD", "NEUTRAL", "NORMAL", evening);

        Task respond = respondTask(instance);
        assertThat(respond).hasCandidateGroup("social-manager");
        assertThat(respond.getDueDate()).isEqualTo(Date.from(evening.plus(Duration.ofMinutes(30))));
        assertThat(instance).variables().doesNotContainKey("brandFirstResponseTarget");
    }

    @Test
    void withoutATargetOfItsOwnTheBrandGetsTheShippedTable() {
        when(slaTargets.forInteraction(eq(INTERACTION), anyString())).thenReturn(Optional.empty());

        ProcessInstance instance = start("LEAD", "NEUTRAL", "NORMAL", Instant.parse("2031-03-07T16:00:00Z"));

        // shipped rule "Lead": two business hours, Friday 16:00 + 1 h, Monday 09:00 + 1 h
        assertThat(respondTask(instance).getDueDate()).isEqualTo(Date.from(Instant.parse("2031-03-10T10:00:00Z")));
    }

    @Test
    void applyingThePolicyReadsTheBrandsTargetOnceForBothOfItsInputs() {
        when(slaTargets.forInteraction(eq(INTERACTION), anyString()))
                .thenReturn(Optional.of(new SlaTarget(Category.LEAD, Duration.ofMinutes(45), true)));

        ProcessInstance instance = start("LEAD", "NEUTRAL", "NORMAL", Instant.parse("2031-03-07T16:00:00Z"));

        // both inputs came from that one read: 45 business minutes from Friday 16:00 London end Friday 16:45
        assertThat(respondTask(instance).getDueDate()).isEqualTo(Date.from(Instant.parse("2031-03-07T16:45:00Z")));
        verify(slaTargets, times(1)).forInteraction(eq(INTERACTION), anyString());
    }

    @Test
    void aReplyThatDidNotClearlyGoOutGoesToAPersonToVerify() {
        replyDelivered = false;
        ProcessInstance instance = start("QUESTION", "NEUTRAL", "HIGH");
        complete(respondTask(instance), withVariables(ACTION.name(), "reply", REPLY_TEXT.name(),
                "Here is how it works."));
        executeAsync(instance);

        Task verify = taskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(verify).hasDefinitionKey("VerifyReply").hasCandidateGroup("community-manager");
        complete(verify, withVariables(REPLY_FINDING.name(), "sent", REPLY_FINDING_NOTE.name(),
                "https://masto.example/@b/1"));

        assertThat(repliesSent).isEqualTo(1);
        assertThat(instance).hasPassed("VerifyReply", "ResolveInteraction").isEnded();
    }

    @Test
    void spamIsRecordedThenModeratedOnThePlatformInAJobOfItsOwn() {
        when(moderation.needsPerson(INTERACTION)).thenReturn(false);
        ProcessInstance instance = start("SPAM", "NEUTRAL", "NORMAL");
        Task respond = respondTask(instance);
        taskService().claim(respond.getId(), "cleo");
        complete(respond, withVariables(ACTION.name(), "moderate", MODERATION.name(), "spam"));

        verify(moderation).record(INTERACTION, Moderation.SPAM, "cleo");
        verify(moderation, never()).applyOnPlatform(anyString());
        assertThat(instance).isWaitingAt("ModerateOnPlatform");
        managementService().executeJob(job(instance, "ModerateOnPlatform").getId());

        verify(moderation).applyOnPlatform(INTERACTION);
        assertThat(instance).hasPassedInOrder("Moderate", "ModerateOnPlatform", "ModerationApplied", "Done",
                "ResolveInteraction").hasNotPassed("ModerateByHand").isEnded();
        verify(progress).resolved(eq(INTERACTION), eq(InteractionState.MODERATED), any());
        assertThat(told.told()).isEmpty();
    }

    @Test
    void whatThePlatformDidIsReadFromTheInteractionsRecordNotFromAVariableSetBeforeTheJob() {
        when(moderation.applyOnPlatform(INTERACTION)).thenReturn(ModerationState.BY_HAND);
        when(moderation.needsPerson(INTERACTION)).thenReturn(true);
        ProcessInstance instance = start("OFFENSIVE", "NEGATIVE", "NORMAL");
        complete(respondTask(instance), withVariables(ACTION.name(), "moderate", MODERATION.name(), "hide",
                MODERATION_APPLIED.name(), true));
        // what someone could do over the engine's API before the platform's job runs
        MODERATION_APPLIED.set(runtimeService(), instance.getId(), true);

        managementService().executeJob(job(instance, "ModerateOnPlatform").getId());

        assertThat(instance).isWaitingAt("ModerateByHand");
    }

    @Test
    void whatThePlatformCannotDoBecomesAModerateByHandTaskForTheCommunityManagersWithTheInstruction() {
        when(moderation.applyOnPlatform(INTERACTION)).thenReturn(ModerationState.BY_HAND);
        when(moderation.needsPerson(INTERACTION)).thenReturn(true);
        when(moderation.instruction(INTERACTION)).thenReturn("Hide @ana's comment: https://masto.example/@ana/9");
        ProcessInstance instance = start("OFFENSIVE", "NEGATIVE", "NORMAL");
        complete(respondTask(instance), withVariables(ACTION.name(), "moderate", MODERATION.name(), "block"));
        verify(moderation).record(eq(INTERACTION), eq(Moderation.BLOCK), any());
        managementService().executeJob(job(instance, "ModerateOnPlatform").getId());

        Task byHand = taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("ModerateByHand").singleResult();
        assertThat(byHand).hasCandidateGroup("community-manager");
        assertThat(told.told()).containsExactly("ModerateByHand:moderate-by-hand");
        assertThat(taskService().getVariableLocal(byHand.getId(), MODERATION_INSTRUCTION.name()))
                .isEqualTo("Hide @ana's comment: https://masto.example/@ana/9");
        assertThatThrownBy(() -> taskService().complete(byHand.getId(), Map.of(MODERATION_FINDING.name(), "done")))
                .rootCause().isInstanceOf(io.engineroom.base.InvalidInput.class);
        assertThatThrownBy(() -> taskService().complete(byHand.getId(), Map.of(MODERATION_FINDING.name(), "maybe",
                MODERATION_NOTE.name(), "Hid it"))).rootCause().isInstanceOf(io.engineroom.base.InvalidInput.class);
        verify(moderation, never()).doneByHand(anyString(), any(), anyString());

        taskService().claim(byHand.getId(), "dana");
        complete(byHand, withVariables(MODERATION_FINDING.name(), "done", MODERATION_NOTE.name(),
                " Hid it in the app "));

        verify(moderation).doneByHand(INTERACTION, "dana", "done: Hid it in the app");
        assertThat(instance).hasPassedInOrder("ModerationApplied", "ModerateByHand", "Done", "ResolveInteraction")
                .isEnded();
        verify(progress).resolved(eq(INTERACTION), eq(InteractionState.MODERATED), any());
    }

    @Test
    void aHandOffGoesToSupportWithItsOwnSlaAndABreachThereIsEscalatedToo() {
        ProcessInstance instance = start("COMPLAINT", "NEGATIVE", "HIGH");
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(Date.from(RECEIVED.plus(Duration.ofMinutes(10))));
        complete(respondTask(instance), withVariables(ACTION.name(), "handoff", RESPONSE_NOTE.name(),
                "Refund for order 1234"));

        Task support = taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("SupportCase")
                .singleResult();
        assertThat(support).hasCandidateGroup("support");
        // policy "AngryVip": support has 4 h, round the clock
        assertThat(support.getDueDate()).isEqualTo(Date.from(RECEIVED.plus(Duration.ofMinutes(10)).plus(Duration.ofHours(4))));

        managementService().executeJob(job(instance, "SupportSlaBreached").getId());
        Task breach = taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("HandleBreach").singleResult();
        assertThat(breach).hasCandidateGroup("social-manager");
        assertThat(told.told()).as("support told of the hand-off, the manager of the breach")
                .containsExactly("SupportCase:support-hand-off", "HandleBreach:sla-breach");
        assertThat(taskService().getVariableLocal(breach.getId(), BREACH_SUMMARY.name()).toString())
                .startsWith("Support was due").contains("Support case (not claimed)");
        complete(breach, withVariables(BREACH_NOTE.name(), "Support was short-staffed; called the customer"));
        complete(support, withVariables(SUPPORT_RESOLUTION.name(), "Refunded"));

        assertThat(instance).hasPassed("StartSupportSla", "SupportCase", "SupportSlaBreached", "BreachToHandle",
                "RecordBreach", "HandleBreach", "BreachHandled", "InteractionHandled").isEnded();
        verify(progress).breached(eq(INTERACTION), any(), eq("support"), any());
        verify(progress).resolved(eq(INTERACTION), eq(InteractionState.HANDED_OFF), any());
    }

    @Test
    void aCrisisIsSignalled() {
        ProcessInstance instance = start("OFFENSIVE", "NEGATIVE", "NORMAL");
        complete(respondTask(instance), withVariables(ACTION.name(), "crisis", RESPONSE_NOTE.name(),
                "Viral thread about the recall"));

        assertThat(events).containsExactly(new CrisisSignal("beanleaf", List.of(INTERACTION), "Viral thread about the recall", null));
        assertThat(instance).hasPassed("RaiseCrisis").isEnded();
    }

    @Test
    void praiseNeedingNoResponseIsClosedWithAReason() {
        ProcessInstance instance = start("PRAISE", "POSITIVE", "NORMAL");
        complete(respondTask(instance), withVariables(ACTION.name(), "none", RESPONSE_NOTE.name(), "Liked it instead"));

        assertThat(instance).hasPassed("Done").hasNotPassed("SendReply").isEnded();
        verify(progress).resolved(eq(INTERACTION), eq(InteractionState.CLOSED), any());
    }

    @Test
    void at75PercentTheQueueIsRemindedAndAt100TheManagerGetsTheBreachWhileTheResponseStaysOpen() {
        ProcessInstance instance = start("LEAD", "POSITIVE", "NORMAL");
        Task respond = respondTask(instance);
        assertThat(respond).hasCandidateGroup("social-manager");
        int priority = respond.getPriority();

        managementService().executeJob(job(instance, "SlaNearlyDue").getId());
        assertThat(respondTask(instance).getPriority()).isEqualTo(priority + RemindQueue.BUMP);
        assertThat(instance).hasPassed("RemindQueue", "QueueReminded");
        verify(taskNotices).remind(argThat(task -> task.getId().equals(respond.getId())),
                eq(instance.getBusinessKey()), eq(NoticeKind.SLA_REMINDER), anyString(), anyString());
        assertThat(told.told()).as("nobody told of the breach yet").isEmpty();

        managementService().executeJob(job(instance, "SlaBreached").getId());
        Task breach = taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("HandleBreach").singleResult();
        assertThat(taskService().getVariableLocal(breach.getId(), BREACH_SUMMARY.name()).toString())
                .startsWith("The first response was due").contains("Respond (not claimed)");
        verify(progress).breached(eq(INTERACTION), any(), eq("social-manager"), any());
        assertThat(respondTask(instance).getId()).isEqualTo(respond.getId());
        assertThat(told.told()).containsExactly("HandleBreach:sla-breach");
    }

    @Test
    void anIncompleteResponseIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance instance = start("QUESTION", "NEUTRAL", "NORMAL");
        Task respond = respondTask(instance);

        for (Map<String, Object> answer : List.<Map<String, Object>>of(Map.of(), Map.of(ACTION.name(), "shout"),
                Map.of(ACTION.name(), "reply", REPLY_TEXT.name(), " "),
                Map.of(ACTION.name(), "moderate", MODERATION.name(), "burn"),
                Map.of(ACTION.name(), "none"), Map.of(ACTION.name(), "reply", REPLY_TEXT.name(), "x".repeat(5001)))) {
            assertThatThrownBy(() -> taskService().complete(respond.getId(), answer))
                    .rootCause().isInstanceOf(io.engineroom.base.InvalidInput.class);
        }
        assertThat(respondTask(instance).getId()).isEqualTo(respond.getId());
        assertThat(repliesSent).isZero();
    }

    @Test
    void aQuestionCorrectedToALeadGoesToTheManagersWithTheLeadsTargetCountedFromItsArrival() {
        ProcessInstance instance = start("QUESTION", "NEUTRAL", "NORMAL");
        taskService().claim(respondTask(instance).getId(), "cleo");
        // an hour later a person says it is a sales lead
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(Date.from(RECEIVED.plus(Duration.ofHours(1))));

        runtimeService().createMessageCorrelation(InteractionCorrections.CATEGORY_CORRECTED)
                .processInstanceId(instance.getId()).setVariable(CATEGORY.name(), "LEAD").correlateAll();

        // shipped rule "Lead": social media managers, two business hours from 10:00 (not from 11:00)
        Task respond = respondTask(instance);
        assertThat(respond).hasCandidateGroup("social-manager").isNotAssigned();
        assertThat(taskService().getIdentityLinksForTask(respond.getId())).extracting("groupId")
                .containsOnly("social-manager");
        assertThat(respond.getDueDate()).isEqualTo(Date.from(RECEIVED.plus(Duration.ofHours(2))));
        assertThat(job(instance, "SlaNearlyDue").getDuedate())
                .isEqualTo(Date.from(RECEIVED.plus(Duration.ofMinutes(90))));
        assertThat(job(instance, "SlaBreached").getDuedate()).isEqualTo(Date.from(RECEIVED.plus(Duration.ofHours(2))));
        verify(progress).slaStarted(INTERACTION, RECEIVED.plus(Duration.ofHours(2)));
        assertThat(instance).hasPassedInOrder("CategoryCorrected", "ReapplyPolicy", "MoveSla", "Rerouted")
                .isWaitingAt("Respond");
    }

    @Test
    void onceAnsweredACorrectionFindsNothingToReroute() {
        ProcessInstance instance = start("QUESTION", "NEUTRAL", "NORMAL");
        complete(respondTask(instance), withVariables(ACTION.name(), "handoff", RESPONSE_NOTE.name(), "billing"));

        var correlated = runtimeService().createMessageCorrelation(InteractionCorrections.CATEGORY_CORRECTED)
                .processInstanceId(instance.getId()).setVariable(CATEGORY.name(), "LEAD").correlateAllWithResult();

        assertThat(correlated).isEmpty();
        assertThat(instance).hasNotPassed("ReapplyPolicy").variables().containsEntry(CATEGORY.name(), "QUESTION");
    }

    private ProcessInstance start(String category, String sentiment, String priority) {
        return start(category, sentiment, priority, RECEIVED);
    }

    private ProcessInstance start(String category, String sentiment, String priority, Instant received) {
        VariableMap variables = Variables.createVariables();
        BRAND.put(variables, "beanleaf");
        INTERACTION_ID.put(variables, INTERACTION);
        CHANNEL_ID.put(variables, 7L);
        TITLE.put(variables, "@ana on Mastodon: where is my order?");
        KIND.put(variables, "COMMENT");
        CATEGORY.put(variables, category);
        SENTIMENT.put(variables, sentiment);
        PRIORITY.put(variables, priority);
        RECEIVED_AT.put(variables, Date.from(received));
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("interaction",
                "interaction:" + INTERACTION, variables);
        assertThat(instance).isStarted();
        return instance;
    }

    private static Task respondTask(ProcessInstance instance) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Respond")
                .singleResult();
    }

    private static Job job(ProcessInstance instance, String activityId) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult();
    }

    /** "Send reply" is asynchronous: the job executor would run it; here the test does. */
    private static void executeAsync(ProcessInstance instance) {
        managementService().executeJob(job(instance, "SendReply").getId());
    }
}
