package io.engineroom.reporting;

import io.engineroom.workflow.SopVariable;
import io.engineroom.workflow.SopVariables;

/**
 * The variables of the reporting-cadence SOP (processes/reporting-cadence.bpmn and the report-insights and
 * report-approval forms), each named once with its type, saying who writes it and who reads it. The report itself
 * is found from the instance's business key and brand (ReportLifecycle.reportOfInstance), never from
 * {@link #REPORT_ID}, which a task completer could rewrite.
 */
public final class ReportingCadenceVariables {

    /** The report's brand, set by ReportLifecycle when the report-due message starts it; the instance's tenant. */
    public static final SopVariable<String> BRAND = SopVariables.BRAND;
    /** The report's id, set by ReportLifecycle at the start; read by the report's task panel. */
    public static final SopVariable<Long> REPORT_ID = SopVariable.number("reportId");
    /** DAILY, WEEKLY, MONTHLY or QUARTERLY: set at the start, and as the "Start due" steps' input; gateways read it. */
    public static final SopVariable<String> CADENCE = SopVariable.text("cadence");
    /** The report's title, set by ReportLifecycle at the start; the inbox and both forms show it. */
    public static final SopVariable<String> TITLE = SopVariables.TITLE;
    /** How many reports a "Start due" step started: StartDueReports; for people reading the instance. */
    public static final SopVariable<Integer> REPORTS_STARTED = SopVariable.count("reportsStarted");
    /** What the daily snapshot collected: CollectDailyMetrics; for people reading the instance. */
    public static final SopVariable<String> DAILY_METRICS = SopVariable.text("dailyMetrics");
    /** The period's KPIs, a line each: GenerateReport (once); the insights and approval forms show them. */
    public static final SopVariable<String> KPI_SUMMARY = SopVariable.text("kpiSummary");
    /** The analyst's insights: the insights form; RecordReportInsights stores them with the report. */
    public static final SopVariable<String> INSIGHTS = SopVariable.text("insights");
    /** "approve" or "sendBack": the approval form; RecordReportDecision reads it and removes it for the next round. */
    public static final SopVariable<String> REPORT_DECISION = SopVariable.text("reportDecision");
    /** Why it is sent back: the approval form; RecordReportDecision checks it and removes it for the next round. */
    public static final SopVariable<String> REVIEW_COMMENT = SopVariable.text("reviewComment");
    /** Whether the manager approved: RecordReportDecision; the "Approved?" gateway reads it. */
    public static final SopVariable<Boolean> REPORT_APPROVED = SopVariable.flag("reportApproved");
    /** The comment sent back, until approved: RecordReportDecision; the insights form and the task panel show it. */
    public static final SopVariable<String> REVIEW_FEEDBACK = SopVariable.text("reviewFeedback");
    /** How many people the report went to: DistributeReport; for people reading the instance. */
    public static final SopVariable<Integer> DISTRIBUTED_TO = SopVariable.count("distributedTo");
    /** The role reminded (a group id): the reminder steps' input in the model; RemindAboutReport reads it. */
    public static final SopVariable<String> REMIND_ROLE = SopVariable.text("remindRole");
    /** What the reminded people should do: the reminder steps' input in the model; RemindAboutReport reads it. */
    public static final SopVariable<String> REMIND_WHAT = SopVariable.text("remindWhat");

    private ReportingCadenceVariables() {
    }
}
