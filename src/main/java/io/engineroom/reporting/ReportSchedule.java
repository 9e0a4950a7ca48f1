package io.engineroom.reporting;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a brand's reports are due, in the brand's own time zone: the daily snapshot of yesterday at 01:00, the
 * weekly report on Monday at 09:00, the monthly and quarterly reviews at 09:00 on the first day of the month or
 * quarter. The hourly round asks for each brand; a period stays due for a day after its time, so a round missed
 * (a restart on the hour) is caught up by the next, and a period nobody made in that day is left alone.
 */
final class ReportSchedule {

    static final LocalTime SNAPSHOT_TIME = LocalTime.of(1, 0);
    static final LocalTime REPORT_TIME = LocalTime.of(9, 0);
    static final Duration CATCH_UP = Duration.ofDays(1);

    private ReportSchedule() {
    }

    /** The period due now for the brand, if this is its report's day and time. */
    static Optional<ReportPeriod> due(String brandId, Cadence cadence, ZonedDateTime brandNow) {
        ReportPeriod period = ReportPeriod.lastBefore(brandId, cadence, brandNow.toLocalDate());
        LocalDateTime dueAt = period.end().atTime(cadence == Cadence.DAILY ? SNAPSHOT_TIME : REPORT_TIME);
        LocalDateTime now = brandNow.toLocalDateTime();
        return !now.isBefore(dueAt) && now.isBefore(dueAt.plus(CATCH_UP)) ? Optional.of(period) : Optional.empty();
    }
}
