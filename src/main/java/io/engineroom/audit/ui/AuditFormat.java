package io.engineroom.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the history screens show times: UTC throughout, as the exports do, so a screen and a file agree. */
final class AuditFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private AuditFormat() {
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** "2d 3h", "45m", "12s". */
    static String duration(Duration duration) {
        if (duration == null) {
            return "";
        }
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        if (days > 0) {
            return days + "d " + hours + "h";
        }
        if (hours > 0) {
            return hours + "h " + minutes + "m";
        }
        return minutes > 0 ? minutes + "m" : duration.toSecondsPart() + "s";
    }

    static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The end of an inclusive date range: the start of the day after. */
    static Instant endOf(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Whether from–to is a range; if it ends before it starts, says so on the "to" field (and clears it when fixed). */
    static boolean isRange(DatePicker from, DatePicker to) {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        boolean range = start == null || end == null || !end.isBefore(start);
        to.setInvalid(!range);
        to.setErrorMessage(range ? null : "The range must end on or after its first day");
        return range;
    }
}
