package io.engineroom.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Working time in a brand's business hours: what the SLA clock counts when the policy says "business hours". */
class BusinessHoursTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    final BusinessHours nineToFive = BusinessHours.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0), BERLIN);

    @Test
    void insideTheDayTimeJustPasses() {
        // Wednesday 10:00 Berlin (09:00 UTC) + 2 h
        assertThat(nineToFive.plusWorkingTime(Instant.parse("2031-03-05T09:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2031-03-05T11:00:00Z"));
    }

    @Test
    void theClockStopsOvernightAndOverTheWeekend() {
        // Friday 16:30 Berlin + 1 h = Monday 09:30 Berlin
        assertThat(nineToFive.plusWorkingTime(Instant.parse("2031-03-07T15:30:00Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2031-03-10T08:30:00Z"));
        // Saturday noon + 30 min = Monday 09:30
        assertThat(nineToFive.plusWorkingTime(Instant.parse("2031-03-08T11:00:00Z"), Duration.ofMinutes(30)))
                .isEqualTo(Instant.parse("2031-03-10T08:30:00Z"));
        // Tuesday 07:00 (before opening) + 8 h = Tuesday 17:00 exactly
        assertThat(nineToFive.plusWorkingTime(Instant.parse("2031-03-04T06:00:00Z"), Duration.ofHours(8)))
                .isEqualTo(Instant.parse("2031-03-04T16:00:00Z"));
    }

    @Test
    void daylightSavingTimeIsTheBrandsLocalTime() {
        // Berlin moves to summer time on Sunday 30 March 2031: Friday 16:00 CET + 2 h = Monday 10:00 CEST (08:00 UTC)
        assertThat(nineToFive.plusWorkingTime(Instant.parse("2031-03-28T15:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2031-03-31T08:00:00Z"));
    }

    @Test
    void openKnowsDaysAndHours() {
        BusinessHours weekend = new BusinessHours(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(10, 0),
                LocalTime.of(14, 0), BERLIN);
        assertThat(weekend.isOpen(Instant.parse("2031-03-08T10:00:00Z"))).isTrue();
        assertThat(weekend.isOpen(Instant.parse("2031-03-08T13:00:00Z"))).isFalse();
        assertThat(weekend.isOpen(Instant.parse("2031-03-07T10:00:00Z"))).isFalse();
    }

    @Test
    void eachWeekdayHasItsOwnHours() {
        Map<DayOfWeek, BusinessHours.OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        week.put(DayOfWeek.MONDAY, new BusinessHours.OpeningHours(LocalTime.of(9, 0), LocalTime.of(17, 0)));
        week.put(DayOfWeek.FRIDAY, new BusinessHours.OpeningHours(LocalTime.of(9, 0), LocalTime.of(13, 0)));
        week.put(DayOfWeek.SATURDAY, new BusinessHours.OpeningHours(LocalTime.of(10, 0), LocalTime.of(12, 0)));
        BusinessHours shortFriday = new BusinessHours(week, Set.of(), BERLIN);

        // Friday 12:00 Berlin + 3 h: 1 h on Friday (closes 13:00), 2 h on Saturday 10-12 = Saturday 12:00 (11:00 UTC)
        assertThat(shortFriday.plusWorkingTime(Instant.parse("2031-03-07T11:00:00Z"), Duration.ofHours(3)))
                .isEqualTo(Instant.parse("2031-03-08T11:00:00Z"));
        // Friday 12:00 Berlin + 4 h: Saturday's 2 h are not enough, Monday 10:00 (Tuesday to Thursday closed later)
        assertThat(shortFriday.plusWorkingTime(Instant.parse("2031-03-07T11:00:00Z"), Duration.ofHours(4)))
                .isEqualTo(Instant.parse("2031-03-10T09:00:00Z"));
        assertThat(shortFriday.isOpen(Instant.parse("2031-03-07T12:30:00Z"))).as("Friday 13:30").isFalse();
        assertThat(shortFriday.isOpen(Instant.parse("2031-03-10T15:30:00Z"))).as("Monday 16:30").isTrue();
        assertThat(shortFriday.isOpen(Instant.parse("2031-03-11T09:00:00Z"))).as("Tuesday").isFalse();
        assertThat(shortFriday.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    }

    @Test
    void aHolidayIsClosedAllDay() {
        // Monday 10 March 2031 is a holiday: Friday 16:30 + 1 h = Tuesday 09:30
        BusinessHours withHoliday = nineToFive.withHolidays(Set.of(LocalDate.of(2031, 3, 10)));
        assertThat(withHoliday.plusWorkingTime(Instant.parse("2031-03-07T15:30:00Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2031-03-11T08:30:00Z"));
        assertThat(withHoliday.isOpen(Instant.parse("2031-03-10T10:00:00Z"))).isFalse();
        assertThat(nineToFive.isOpen(Instant.parse("2031-03-10T10:00:00Z"))).isTrue();
        // starting on the holiday itself waits for the next working day
        assertThat(withHoliday.plusWorkingTime(Instant.parse("2031-03-10T10:00:00Z"), Duration.ofMinutes(30)))
                .isEqualTo(Instant.parse("2031-03-11T08:30:00Z"));
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new BusinessHours(Set.of(), LocalTime.NOON, LocalTime.MIDNIGHT, BERLIN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BusinessHours.weekdays(LocalTime.of(17, 0), LocalTime.of(9, 0), BERLIN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> nineToFive.plusWorkingTime(Instant.EPOCH, Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BusinessHours.OpeningHours(LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BusinessHours(Map.of(), Set.of(), BERLIN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
