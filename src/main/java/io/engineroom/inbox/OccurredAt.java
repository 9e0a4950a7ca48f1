package io.engineroom.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** When an interaction was posted, as text from outside (API, CSV): ISO-8601 with an offset, between 1990 and now. */
public final class OccurredAt {

    public static final String EXPECTED = "an ISO-8601 time with offset between 1990 and now, e.g. 2026-11-21T09:30:00Z";
    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    /** Platforms' clocks run a little ahead at times; a day ahead is not a clock but a mistake. */
    private static final Duration AHEAD = Duration.ofDays(1);

    private OccurredAt() {
    }

    /** The instant, or null when the text is not one (the database's timestamps end somewhere, too). */
    public static Instant parse(String text, Clock clock) {
        try {
            Instant instant = OffsetDateTime.parse(text.strip()).toInstant();
            return instant.isBefore(EARLIEST) || instant.isAfter(clock.instant().plus(AHEAD)) ? null : instant;
        } catch (DateTimeParseException notIso) {
            return null;
        }
    }
}
