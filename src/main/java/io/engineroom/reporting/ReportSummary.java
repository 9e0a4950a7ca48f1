package io.engineroom.reporting;

import java.time.Instant;
import java.time.LocalDate;

/** A report as the Reports screen lists it; {@code end} is exclusive, like {@link ReportPeriod}. */
public record ReportSummary(long id, String brandId, String brandName, Cadence cadence, LocalDate start,
        LocalDate end, ReportState state, String insightsBy, String approvedBy, Instant distributedAt,
        boolean hasFile) {

    /** The period as people read it: the last day included. */
    public String periodLabel() {
        LocalDate last = end.minusDays(1);
        return start.equals(last) ? start.toString() : start + " – " + last;
    }
}
