package io.engineroom.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A figure that a metrics gauge shows but the database computes (a backlog, a count of failed jobs): read at most
 * once per {@link #FRESH_FOR}, however many gauges show it and however often Prometheus scrapes, so a scrape never
 * runs more than a few cheap queries. Concurrent scrapes wait for the one read under way instead of running their
 * own. A failed read (the database away) is remembered for the same time too: the gauges show no value (NaN) rather
 * than an old one, and a scrape does not hammer a database that is down.
 *
 * @param <T> the whole reading (e.g. every brand's backlog), so the gauges showing its parts agree with each other
 */
public final class ScrapeReading<T> implements Supplier<T> {

    /** Shorter than any sensible scrape interval (15 s is Prometheus' usual), so each scrape sees a fresh figure. */
    public static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final Supplier<T> read;
    private final Clock clock;
    private T value;
    private RuntimeException failure;
    private Instant readAt;

    public ScrapeReading(Supplier<T> read, Clock clock) {
        this.read = read;
        this.clock = clock;
    }

    /** The last reading while it is fresh, else a new one. */
    @Override
    public synchronized T get() {
        Instant now = clock.instant();
        // a clock moved back (only tests do that) counts as stale, so a reading never sticks
        if (readAt == null || !now.isBefore(readAt.plus(FRESH_FOR)) || now.isBefore(readAt)) {
            readAt = now;
            try {
                value = read.get();
                failure = null;
            } catch (RuntimeException e) {
                value = null;
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return value;
    }
}
