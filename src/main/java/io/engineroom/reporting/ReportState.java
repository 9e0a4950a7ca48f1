package io.engineroom.reporting;

/** Where a report is in reporting-cadence.bpmn. A daily snapshot goes straight from due to stored. */
public enum ReportState {
    /** Made due by the hourly round; its workbook is being generated. */
    DUE,
    /** A daily snapshot: generated and stored, nobody works on it. */
    STORED,
    /** Generated; the analyst writes insights and recommendations. */
    AWAITING_INSIGHTS,
    /** Insights written; a social media manager approves or sends it back. */
    AWAITING_APPROVAL,
    /** Approved and regenerated with the insights; being sent out. */
    APPROVED,
    /** E-mailed with the workbook to the brand's analysts, social managers and executives. */
    DISTRIBUTED
}
