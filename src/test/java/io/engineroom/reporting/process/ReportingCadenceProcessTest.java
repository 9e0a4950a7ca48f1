package io.engineroom.reporting.process;

import static io.engineroom.reporting.ReportingCadenceVariables.BRAND;
import static io.engineroom.reporting.ReportingCadenceVariables.CADENCE;
import static io.engineroom.reporting.ReportingCadenceVariables.DAILY_METRICS;
import static io.engineroom.reporting.ReportingCadenceVariables.INSIGHTS;
import static io.engineroom.reporting.ReportingCadenceVariables.KPI_SUMMARY;
import static io.engineroom.reporting.ReportingCadenceVariables.REPORT_DECISION;
import static io.engineroom.reporting.ReportingCadenceVariables.REPORT_ID;
import static io.engineroom.reporting.ReportingCadenceVariables.REVIEW_COMMENT;
import static io.engineroom.reporting.ReportingCadenceVariables.REVIEW_FEEDBACK;
import static io.engineroom.reporting.ReportingCadenceVariables.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.engineroom.identity.Role;
import io.engineroom.reporting.Cadence;
import io.engineroom.reporting.ChannelMetricsCollection;
import io.engineroom.reporting.MetricsCollection;
import io.engineroom.reporting.ReportLifecycle;
import io.engineroom.reporting.ReportPeriod;
import java.time.LocalDate;
import io.engineroom.workflow.deployment.SopDeployer;
import io.engineroom.workflow.deployment.SopFolders;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/**
 * reporting-cadence.bpmn and its forms as deployed from {@code processes/} and {@code forms/}, on a standalone
 * engine with the real delegates and listeners of this module (the report lifecycle mocked). Together the tests
 * pass every flow node and sequence flow.
 */
class ReportingCadenceProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension
            .builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    static final long REPORT = 42L;
    static final Instant NOW = Instant.parse("2031-03-03T08:00:00Z");

    ProcessEngine engine;
    final ReportLifecycle lifecycle = mock(ReportLifecycle.class);
    final ChannelMetricsCollection collection = mock(ChannelMetricsCollection.class);

    @BeforeEach
    void deployAndRegisterDelegates() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        new SopDeployer(repositoryService(), new SopFolders(Path.of("processes"), Path.of("forms"))).deployChanges();
        when(lifecycle.kpiSummary(REPORT)).thenReturn("Impressions: 12000 (previous 9000)");
        // the instance's report, from its business key (this engine gives instances no brand tenant)
        when(lifecycle.reportOfInstance(anyString(), eq("report:" + REPORT), isNull())).thenReturn(REPORT);
        Mocks.register("startDueReports", new StartDueReports(lifecycle));
        Mocks.register("generateReport", new GenerateReport(lifecycle));
        Mocks.register("collectDailyMetrics", new CollectDailyMetrics(lifecycle, collection));
        Mocks.register("recordReportInsights", new RecordReportInsights(lifecycle));
        Mocks.register("recordReportDecision", new RecordReportDecision(lifecycle));
        Mocks.register("remindAboutReport", new RemindAboutReport(lifecycle));
        Mocks.register("distributeReport", new DistributeReport(lifecycle));
    }

    @AfterEach
    void forget() {
        Mocks.reset();
        BpmnAwareTests.reset();
        ClockUtil.reset();
    }

    @Test
    void everyHourEachCadenceAsksForItsReportsDueAtTheEnginesTime() {
        for (Cadence cadence : Cadence.values()) {
            when(lifecycle.startDue(NOW, Set.of(cadence))).thenReturn(List.of(1L));
        }
        Job hourly = managementService().createJobQuery().activityId("EveryHour").singleResult();
        assertThat(hourly).as("the hourly timer start is scheduled").isNotNull();

        managementService().executeJob(hourly.getId());

        for (Cadence cadence : Cadence.values()) {
            verify(lifecycle).startDue(NOW, Set.of(cadence));
        }
        assertThat(managementService().createJobQuery().activityId("EveryHour").count())
                .as("the next round is scheduled").isEqualTo(1);
    }

    @Test
    void theReportWorkedOnIsTheInstancesOwnWhateverTheReportIdVariableSays() {
        ProcessInstance instance = reportDue("WEEKLY");
        REPORT_ID.set(runtimeService(), instance.getId(), 7L);

        execute(instance, "GenerateReport");

        verify(lifecycle).generate(REPORT);
        verify(lifecycle, never()).generate(7L);
    }

    @Test
    void aWeeklyReportIsGeneratedWrittenUpSentBackApprovedRegeneratedAndDistributed() {
        ProcessInstance instance = reportDue("WEEKLY");
        assertThat(instance).isWaitingAt("GenerateReport");
        verify(lifecycle, never()).generate(anyLong());
        execute(instance, "GenerateReport");

        verify(lifecycle).generate(REPORT);
        assertThat(instance).isWaitingAt("WriteInsights").variables()
                .containsEntry(KPI_SUMMARY.name(), "Impressions: 12000 (previous 9000)");
        assertThat(task(instance, "WriteInsights")).hasCandidateGroup("analyst");
        complete(claimed(task(instance, "WriteInsights"), "ana"),
                withVariables(INSIGHTS.name(), "Reels carried the week; post more of them."));
        verify(lifecycle).recordInsights(REPORT, "Reels carried the week; post more of them.", "ana");

        assertThat(task(instance, "ApproveReport")).hasCandidateGroup("social-manager");
        complete(claimed(task(instance, "ApproveReport"), "sam"),
                withVariables(REPORT_DECISION.name(), "sendBack", REVIEW_COMMENT.name(), "Say why reach fell."));
        verify(lifecycle).decide(REPORT, false, "Say why reach fell.", "sam");
        assertThat(instance).isWaitingAt("WriteInsights").variables()
                .containsEntry(REVIEW_FEEDBACK.name(), "Say why reach fell.")
                .doesNotContainKey(REPORT_DECISION.name());

        complete(claimed(task(instance, "WriteInsights"), "ana"),
                withVariables(INSIGHTS.name(), "Reels carried the week; reach fell with fewer posts."));
        complete(claimed(task(instance, "ApproveReport"), "sam"),
                withVariables(REPORT_DECISION.name(), "approve"));
        verify(lifecycle).decide(REPORT, true, null, "sam");
        assertThat(instance).isWaitingAt("RegenerateReport").variables()
                .doesNotContainKey(REVIEW_FEEDBACK.name());

        execute(instance, "RegenerateReport");

        InOrder order = inOrder(lifecycle);
        order.verify(lifecycle, times(2)).generate(REPORT);
        order.verify(lifecycle).distribute(REPORT);
        verify(lifecycle, times(1)).kpiSummary(REPORT);
        assertThat(instance).hasPassed("DistributeReport").isEnded();
    }

    @Test
    void theAnalystAndTheManagerAreRemindedAfterADayWithoutLosingTheirTask() {
        ProcessInstance instance = reportDue("MONTHLY");
        execute(instance, "GenerateReport");

        execute(instance, "InsightsOverdue");
        verify(lifecycle).remind(REPORT, Role.ANALYST, "write its insights and recommendations");
        assertThat(instance).hasPassed("AnalystsReminded").isWaitingAt("WriteInsights");

        complete(claimed(task(instance, "WriteInsights"), "ana"),
                withVariables(INSIGHTS.name(), "A quiet month; the campaign starts in April."));
        execute(instance, "ApprovalOverdue");
        verify(lifecycle).remind(REPORT, Role.SOCIAL_MANAGER, "approve it or send it back");
        assertThat(instance).hasPassed("ManagersReminded").isWaitingAt("ApproveReport");
    }

    @Test
    void aDecisionNeedsAPersonAndApproveOrSendBack() {
        ProcessInstance instance = reportDue("QUARTERLY");
        execute(instance, "GenerateReport");
        complete(claimed(task(instance, "WriteInsights"), "ana"),
                withVariables(INSIGHTS.name(), "A strong quarter for saves and shares."));
        Task approval = task(instance, "ApproveReport");

        assertThatThrownBy(() -> taskService().complete(approval.getId(),
                Map.of(REPORT_DECISION.name(), "approve")))
                .hasMessageContaining("claim the task");
        taskService().claim(approval.getId(), "sam");
        assertThatThrownBy(() -> taskService().complete(approval.getId(),
                Map.of(REPORT_DECISION.name(), "maybe")))
                .hasMessageContaining("Approve the report or send it back");
        assertThat(instance).isWaitingAt("ApproveReport");
    }

    @Test
    void theDailySnapshotCollectsAndStoresWithNobodyInvolved() {
        ReportPeriod yesterday = new ReportPeriod("beanleaf", Cadence.DAILY, LocalDate.of(2031, 3, 2),
                LocalDate.of(2031, 3, 3));
        when(lifecycle.period(REPORT)).thenReturn(yesterday);
        when(collection.collectDaily("beanleaf", LocalDate.of(2031, 3, 2)))
                .thenReturn(new MetricsCollection(1, List.of("Mastodon @beanleaf: 12 engagements")));
        ProcessInstance instance = reportDue("DAILY");
        assertThat(instance).isWaitingAt("CollectDailyMetrics");

        execute(instance, "CollectDailyMetrics");

        verify(collection).collectDaily("beanleaf", LocalDate.of(2031, 3, 2));
        assertThat(BpmnAwareTests.historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(DAILY_METRICS.name()).singleResult().getValue())
                .isEqualTo("Mastodon @beanleaf: 12 engagements");
        verify(lifecycle).generate(REPORT);
        verify(lifecycle, never()).kpiSummary(anyLong());
        assertThat(instance).hasPassed("GenerateSnapshot", "SnapshotStored").isEnded();
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    private static ProcessInstance reportDue(String cadence) {
        return runtimeService().createMessageCorrelation(ReportLifecycle.REPORT_DUE)
                .processInstanceBusinessKey("report:" + REPORT)
                .setVariables(Map.of(BRAND.name(), "beanleaf", REPORT_ID.name(), REPORT, CADENCE.name(),
                        cadence, TITLE.name(), "Weekly report 2031-02-24 – 2031-03-02, Beanleaf"))
                .correlateStartMessage();
    }

    private static void execute(ProcessInstance instance, String activityId) {
        Job job = managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult();
        assertThat(job).as("job of " + activityId).isNotNull();
        managementService().executeJob(job.getId());
    }

    private static Task claimed(Task task, String who) {
        taskService().claim(task.getId(), who);
        return taskService().createTaskQuery().taskId(task.getId()).singleResult();
    }

    private static Task task(ProcessInstance instance, String key) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .singleResult();
    }
}
