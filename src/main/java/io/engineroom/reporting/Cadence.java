package io.engineroom.reporting;

/** How often a report is made: the daily snapshot is automatic, the others go through the analyst and manager. */
public enum Cadence {
    DAILY, WEEKLY, MONTHLY, QUARTERLY
}
