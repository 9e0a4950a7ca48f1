package io.engineroom.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** When each cadence is due in the brand's own time zone, and for which period. */
class ReportScheduleTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theWeeklyReportIsDueFromMondayNineForTheWeekBeforeAndForADay() {
        assertThat(ReportSchedule.due("b", Cadence.WEEKLY, at("2031-03-03T08:59"))).isEmpty();
        assertThat(ReportSchedule.due("b", Cadence.WEEKLY, at("2031-03-03T09:00"))).contains(
                new ReportPeriod("b", Cadence.WEEKLY, LocalDate.of(2031, 2, 24), LocalDate.of(2031, 3, 3)));
        assertThat(ReportSchedule.due("b", Cadence.WEEKLY, at("2031-03-04T08:59"))).as("caught up").isPresent();
        assertThat(ReportSchedule.due("b", Cadence.WEEKLY, at("2031-03-04T09:00"))).as("a day late").isEmpty();
    }

    @Test
    void monthlyAndQuarterlyReviewsAreDueOnTheirFirstDayAtNine() {
        assertThat(ReportSchedule.due("b", Cadence.MONTHLY, at("2031-04-01T09:30"))).contains(
                new ReportPeriod("b", Cadence.MONTHLY, LocalDate.of(2031, 3, 1), LocalDate.of(2031, 4, 1)));
        assertThat(ReportSchedule.due("b", Cadence.QUARTERLY, at("2031-04-01T09:30"))).contains(
                new ReportPeriod("b", Cadence.QUARTERLY, LocalDate.of(2031, 1, 1), LocalDate.of(2031, 4, 1)));
        assertThat(ReportSchedule.due("b", Cadence.QUARTERLY, at("2031-03-01T09:30"))).isEmpty();
        assertThat(ReportSchedule.due("b", Cadence.MONTHLY, at("2031-04-02T09:30"))).isEmpty();
    }

    @Test
    void theDailySnapshotOfYesterdayIsDueFromOneAtNight() {
        assertThat(ReportSchedule.due("b", Cadence.DAILY, at("2031-03-05T00:59"))).as("yesterday is not over long")
                .isEmpty();
        assertThat(ReportSchedule.due("b", Cadence.DAILY, at("2031-03-05T01:00"))).contains(
                new ReportPeriod("b", Cadence.DAILY, LocalDate.of(2031, 3, 4), LocalDate.of(2031, 3, 5)));
    }

    private static ZonedDateTime at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(BERLIN);
    }
}
