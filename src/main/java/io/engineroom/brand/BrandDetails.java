package io.engineroom.brand;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Everything an admin sets about a brand, as the brand form edits it (the form binds these names, and the service's
 * refusals name the same fields, so a problem appears next to its field).
 *
 * @param hours    opening hours per weekday in the brand's time zone; a weekday without hours is closed
 * @param holidays days closed all day
 * @param historyRetentionDays days finished history is kept; null: each SOP's own history time to live
 */
public record BrandDetails(String id, String name, ZoneId timeZone, boolean regulated,
        boolean clientSignOffRequired, Duration approvalLeadTime, Integer historyRetentionDays,
        Map<DayOfWeek, BusinessHours.OpeningHours> hours, Set<LocalDate> holidays) {

    public BrandDetails {
        hours = hours == null ? Map.of() : Map.copyOf(hours);
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }

    /** A new brand as the form starts it: UTC, 24 hours' lead time, weekdays 9 to 5, each SOP's own retention. */
    public static BrandDetails defaults(String id, String name) {
        Map<DayOfWeek, BusinessHours.OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            week.put(day, new BusinessHours.OpeningHours(LocalTime.of(9, 0), LocalTime.of(17, 0)));
        }
        return new BrandDetails(id, name, ZoneId.of("UTC"), false, false, Duration.ofHours(24), null, week,
                Set.of());
    }
}
