package io.engineroom.reporting.ui;

import io.engineroom.reporting.Cadence;
import io.engineroom.reporting.ReportPeriod;
import java.time.LocalDate;

/**
 * The periods the dashboard offers. Each ends with today (the brand's day) included, so the figures are live; the
 * cadence says which previous period a figure is compared with.
 */
enum DashboardPeriod {
    LAST_7_DAYS("Last 7 days", Cadence.WEEKLY),
    LAST_30_DAYS("Last 30 days", Cadence.MONTHLY),
    LAST_QUARTER("Last quarter (3 months)", Cadence.QUARTERLY);

    private final String label;
    private final Cadence cadence;

    DashboardPeriod(String label, Cadence cadence) {
        this.label = label;
        this.cadence = cadence;
    }

    String label() {
        return label;
    }

    /** The brand's period ending with {@code today} (inclusive). */
    ReportPeriod of(String brandId, LocalDate today) {
        LocalDate end = today.plusDays(1);
        LocalDate start = switch (this) {
            case LAST_7_DAYS -> end.minusDays(7);
            case LAST_30_DAYS -> end.minusDays(30);
            case LAST_QUARTER -> end.minusMonths(3);
        };
        return new ReportPeriod(brandId, cadence, start, end);
    }
}
