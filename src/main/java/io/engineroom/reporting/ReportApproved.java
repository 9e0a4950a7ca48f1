package io.engineroom.reporting;

import io.engineroom.base.TeamEvent;
import io.engineroom.base.TeamEventType;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** A report was approved and distributed: published in the step that distributes it, in its transaction. */
public record ReportApproved(String brandId, long reportId, Cadence cadence, ReportPeriod period, String title,
        Instant occurredAt) implements TeamEvent {

    @Override
    public TeamEventType type() {
        return TeamEventType.REPORT_APPROVED;
    }

    @Override
    public String summary() {
        return "Report approved: " + title;
    }

    @Override
    public String link() {
        return "/reports";
    }

    @Override
    public Map<String, Object> data() {
        return Map.of("reportId", reportId, "cadence", cadence.name().toLowerCase(Locale.ROOT), "periodStart",
                period.start().toString(), "periodEnd", period.end().toString());
    }
}
