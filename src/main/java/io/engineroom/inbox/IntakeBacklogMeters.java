package io.engineroom.inbox;

import io.engineroom.base.ScrapeReading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The intake queue's meters (Prometheus names), from {@link IntakeBacklog}:
 * <ul>
 * <li>{@code engineroom_intake_backlog{brand}}: interactions accepted and not yet classified or started (gauge), and
 * {@code engineroom_intake_backlog_all} across every brand;</li>
 * <li>{@code engineroom_intake_oldest_age_seconds{brand}}: how long the oldest of them has waited since it was
 * received (gauge, 0 when none waits).</li>
 * </ul>
 * Read from the shared table with one grouped query at most every {@link ScrapeReading#FRESH_FOR}, so every node
 * shows the same figures (take the max, never the sum). Rows set aside after failing are not in them (they wait for
 * an admin, not for a worker: the admins' Intake backlog screen lists them). A brand shows up once something waited
 * for it since the node started, then stays (at 0), so a dashboard's line drops to zero instead of vanishing.
 */
@Component
class IntakeBacklogMeters implements MeterBinder {

    static final String BACKLOG = "engineroom.intake.backlog";
    static final String BACKLOG_ALL = "engineroom.intake.backlog.all";
    static final String OLDEST_AGE = "engineroom.intake.oldest.age";

    private final ScrapeReading<Map<String, IntakeBacklog.BrandBacklog>> reading;
    private final Clock clock;
    private final Set<String> brandsSeen = ConcurrentHashMap.newKeySet();
    private MultiGauge backlog;
    private MultiGauge oldestAge;

    IntakeBacklogMeters(IntakeBacklog backlogs, Clock clock) {
        this.clock = clock;
        this.reading = new ScrapeReading<>(() -> read(backlogs), clock);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        backlog = MultiGauge.builder(BACKLOG).description("Interactions accepted and waiting to be classified or "
                + "have their SOP started").register(registry);
        oldestAge = MultiGauge.builder(OLDEST_AGE).baseUnit("seconds")
                .description("How long the oldest interaction waiting in the intake queue has waited")
                .register(registry);
        // always there, so a scrape reads the queue (and finds new brands) even before any brand has a row
        Gauge.builder(BACKLOG_ALL, reading, figures -> IntakeBacklog.total(figures.get()).waiting())
                .description("Interactions waiting in the intake queue, all brands").register(registry);
    }

    private Map<String, IntakeBacklog.BrandBacklog> read(IntakeBacklog backlogs) {
        Map<String, IntakeBacklog.BrandBacklog> byBrand = backlogs.byBrand();
        if (brandsSeen.addAll(byBrand.keySet())) {
            rows();
        }
        return byBrand;
    }

    /** A row per brand seen, each reading its part of the (shared, cached) reading. */
    private void rows() {
        List<MultiGauge.Row<?>> counts = new ArrayList<>();
        List<MultiGauge.Row<?>> ages = new ArrayList<>();
        for (String brand : brandsSeen) {
            counts.add(MultiGauge.Row.of(Tags.of("brand", brand), reading, figures -> {
                IntakeBacklog.BrandBacklog b = figures.get().get(brand);
                return b == null ? 0 : b.waiting();
            }));
            ages.add(MultiGauge.Row.of(Tags.of("brand", brand), reading, figures -> {
                IntakeBacklog.BrandBacklog b = figures.get().get(brand);
                return b == null ? 0 : b.age(clock.instant()).toMillis() / 1000.0;
            }));
        }
        backlog.register(counts, false);
        oldestAge.register(ages, false);
    }
}
