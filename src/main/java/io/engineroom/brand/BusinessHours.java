package io.engineroom.brand;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a brand's team works, in the brand's time zone: opening hours per weekday (a weekday without hours is
 * closed) and holidays, closed all day whatever the weekday. The SLA clock of a policy that says "business hours
 * only" runs only inside them ({@link #plusWorkingTime}); the crisis chain calls the on-call person outside them.
 */
public record BusinessHours(Map<DayOfWeek, OpeningHours> week, Set<LocalDate> holidays, ZoneId zone) {

    /** One day's hours: from opening until (not including) closing, opening before closing. */
    public record OpeningHours(LocalTime opens, LocalTime closes) {

        public OpeningHours {
            if (opens == null || closes == null || !opens.isBefore(closes)) {
                throw new IllegalArgumentException("Opening must come before closing: " + opens + "-" + closes);
            }
        }
    }

    public BusinessHours {
        // not containsValue(null): immutable maps refuse to be asked about null
        if (week == null || week.isEmpty() || zone == null || week.values().stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Business hours need at least one open day and a time zone");
        }
        week = Map.copyOf(new EnumMap<>(week));
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }

    /** The same hours on each of the days, no holidays. */
    public BusinessHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes, ZoneId zone) {
        this(sameEachDay(days, new OpeningHours(opens, closes)), Set.of(), zone);
    }

    public static BusinessHours weekdays(LocalTime opens, LocalTime closes, ZoneId zone) {
        return new BusinessHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), opens, closes, zone);
    }

    /** The days with opening hours, Monday first. */
    public Set<DayOfWeek> days() {
        return EnumSet.copyOf(week.keySet());
    }

    /** The holidays, earliest first. */
    public Set<LocalDate> sortedHolidays() {
        return new TreeSet<>(holidays);
    }

    public BusinessHours withHolidays(Set<LocalDate> days) {
        return new BusinessHours(week, days, zone);
    }

    public BusinessHours inZone(ZoneId other) {
        return new BusinessHours(week, holidays, other);
    }

    public boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        OpeningHours hours = hoursOn(local.toLocalDate());
        LocalTime time = local.toLocalTime();
        return hours != null && !time.isBefore(hours.opens()) && time.isBefore(hours.closes());
    }

    /**
     * The instant when {@code amount} of working time has passed since {@code start}, counting only business hours
     * (so Friday 16:30 plus one hour, 9 to 5 on weekdays, is Monday 09:30; a holiday Monday makes it Tuesday).
     */
    public Instant plusWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Negative working time: " + amount);
        }
        Duration left = amount;
        ZonedDateTime cursor = start.atZone(zone);
        // at most one iteration per calendar day; five years of days bound even absurd targets
        for (int day = 0; day < 366 * 5; day++) {
            LocalDate date = cursor.toLocalDate();
            OpeningHours hours = hoursOn(date);
            if (hours != null) {
                ZonedDateTime open = date.atTime(hours.opens()).atZone(zone);
                ZonedDateTime close = date.atTime(hours.closes()).atZone(zone);
                ZonedDateTime from = cursor.isAfter(open) ? cursor : open;
                if (from.isBefore(close)) {
                    Duration available = Duration.between(from, close);
                    if (left.compareTo(available) <= 0) {
                        return from.plus(left).toInstant();
                    }
                    left = left.minus(available);
                }
            }
            cursor = date.plusDays(1).atStartOfDay(zone);
        }
        throw new IllegalArgumentException("Working time " + amount + " does not fit in five years of business hours");
    }

    /** The day's hours, or null when the team does not work that day (a closed weekday or a holiday). */
    private OpeningHours hoursOn(LocalDate date) {
        return holidays.contains(date) ? null : week.get(date.getDayOfWeek());
    }

    private static Map<DayOfWeek, OpeningHours> sameEachDay(Set<DayOfWeek> days, OpeningHours hours) {
        Map<DayOfWeek, OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        if (days != null) {
            days.forEach(day -> week.put(day, hours));
        }
        return week;
    }
}
