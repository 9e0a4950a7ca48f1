package io.engineroom.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * One brand's reporting period, in the brand's own calendar days: {@code start} inclusive, {@code end} exclusive.
 * Weeks start on Monday, quarters in January, April, July and October.
 */
public record ReportPeriod(String brandId, Cadence cadence, LocalDate start, LocalDate end) {

    public ReportPeriod {
        Objects.requireNonNull(brandId, "brandId");
        Objects.requireNonNull(cadence, "cadence");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A period ends after it starts: " + start + " .. " + end);
        }
    }

    /** The last whole period before {@code today} (today's daily snapshot is of yesterday). */
    public static ReportPeriod lastBefore(String brandId, Cadence cadence, LocalDate today) {
        LocalDate end = switch (cadence) {
            case DAILY -> today;
            case WEEKLY -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> today.withDayOfMonth(1);
            case QUARTERLY -> today.with(IsoFields.DAY_OF_QUARTER, 1);
        };
        return new ReportPeriod(brandId, cadence, minusOne(cadence, end), end);
    }

    /** The period just before this one, for "against the previous period". */
    public ReportPeriod previous() {
        return new ReportPeriod(brandId, cadence, minusOne(cadence, start), start);
    }

    private static LocalDate minusOne(Cadence cadence, LocalDate date) {
        return switch (cadence) {
            case DAILY -> date.minusDays(1);
            case WEEKLY -> date.minusWeeks(1);
            case MONTHLY -> date.minusMonths(1);
            case QUARTERLY -> date.minusMonths(3);
        };
    }
}
