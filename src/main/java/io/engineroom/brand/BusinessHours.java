package io.engineroom.brand;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a brand's team works, in the brand's time zone: the same opening hours on each business day. The SLA clock
 * of a policy that says "business hours only" runs only inside them ({@link #plusWorkingTime}).
 */
public record BusinessHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes, ZoneId zone) {

    public BusinessHours {
        if (days == null || days.isEmpty() || opens == null || closes == null || zone == null
                || !opens.isBefore(closes)) {
            throw new IllegalArgumentException("Business hours need at least one day and opening before closing");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    public static BusinessHours weekdays(LocalTime opens, LocalTime closes, ZoneId zone) {
        return new BusinessHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), opens, closes, zone);
    }

    public boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    /**
     * The instant when {@code amount} of working time has passed since {@code start}, counting only business hours
     * (so Friday 16:30 plus one hour, 9 to 5 on weekdays, is Monday 09:30).
     */
    public Instant plusWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Negative working time: " + amount);
        }
        Duration left = amount;
        ZonedDateTime cursor = start.atZone(zone);
        // at most one iteration per calendar day; a year of days bounds even absurd targets
        for (int day = 0; day < 366 * 5; day++) {
            LocalDate date = cursor.toLocalDate();
            if (days.contains(date.getDayOfWeek())) {
                ZonedDateTime open = date.atTime(opens).atZone(zone);
                ZonedDateTime close = date.atTime(closes).atZone(zone);
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
}
