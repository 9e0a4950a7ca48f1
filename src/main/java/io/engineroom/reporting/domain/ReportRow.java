package io.engineroom.reporting.domain;

import io.engineroom.reporting.Cadence;
import io.engineroom.reporting.ReportState;
import java.time.Instant;
import java.time.LocalDate;

/** A report without its workbook: what a list needs, so listing does not read every file. */
public record ReportRow(long id, String brandId, Cadence cadence, LocalDate periodStart, LocalDate periodEnd,
        ReportState state, String insightsBy, String approvedBy, Instant distributedAt, String fileName) {
}
