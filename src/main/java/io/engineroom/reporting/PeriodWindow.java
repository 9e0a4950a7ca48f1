package io.engineroom.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A period's days as instants in the brand's time zone: what timestamp columns are compared with. */
record PeriodWindow(ZoneId zone, LocalDate startDay, LocalDate endDay) {

    Timestamp from() {
        return Timestamp.from(startDay.atStartOfDay(zone).toInstant());
    }

    Timestamp until() {
        return Timestamp.from(endDay.atStartOfDay(zone).toInstant());
    }

    LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
