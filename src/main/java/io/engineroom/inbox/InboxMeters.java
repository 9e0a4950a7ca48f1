package io.engineroom.inbox;

import io.engineroom.base.ScrapeReading;
import io.engineroom.inbox.domain.InteractionRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The inbox's meters, read from its own table only (Prometheus names):
 * <ul>
 * <li>{@code engineroom_sla_breaches_total{brand,queue}}: breaches recorded (counter). Counted when the step that
 * records the breach commits, so a step rolled back and retried by the job executor counts once. Per node: a
 * cluster's total is the sum over its nodes.</li>
 * <li>{@code engineroom_inbox_backlog{brand}}: interactions waiting for a first response (gauge), and
 * {@code engineroom_inbox_backlog_all} across every brand;</li>
 * <li>{@code engineroom_inbox_oldest_wait_seconds{brand}}: how long the oldest of them has waited since it was
 * received (gauge, 0 when none waits).</li>
 * </ul>
 * The gauges come from the database, so every node shows the same cluster-wide figures (take one node's, or the
 * max, never the sum). They are read with one grouped query on an index at most every
 * {@link ScrapeReading#FRESH_FOR}. A brand shows up once something has waited for it since the node started, and
 * then stays (at 0 when nothing waits), so a dashboard's line drops to zero instead of vanishing.
 */
@Component
class InboxMeters implements MeterBinder {

    static final String BREACHES = "engineroom.sla.breaches";
    static final String BACKLOG = "engineroom.inbox.backlog";
    static final String BACKLOG_ALL = "engineroom.inbox.backlog.all";
    static final String OLDEST_WAIT = "engineroom.inbox.oldest.wait";

    private final ScrapeReading<Map<String, Waiting>> waiting;
    private final Clock clock;
    private final Set<String> brandsSeen = ConcurrentHashMap.newKeySet();
    private volatile MeterRegistry registry;
    private MultiGauge backlog;
    private MultiGauge oldestWait;

    InboxMeters(InteractionRepository interactions, Clock clock) {
        this.clock = clock;
        this.waiting = new ScrapeReading<>(() -> read(interactions), clock);
    }

    /** What waits for one brand. */
    record Waiting(long count, Instant oldestReceivedAt) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        backlog = MultiGauge.builder(BACKLOG).description("Interactions waiting for a first response")
                .register(registry);
        oldestWait = MultiGauge.builder(OLDEST_WAIT).baseUnit("seconds")
                .description("How long the oldest interaction waiting for a first response has waited")
                .register(registry);
        // always there, so a scrape reads the backlog (and finds new brands) even before any brand has a row
        Gauge.builder(BACKLOG_ALL, waiting, reading -> reading.get().values().stream()
                        .mapToLong(Waiting::count).sum())
                .description("Interactions waiting for a first response, all brands").register(registry);
    }

    /** Counts a recorded breach once the transaction recording it commits (at once outside a transaction). */
    void breachRecorded(String brandId, String queue) {
        MeterRegistry meters = registry;
        if (meters == null) {
            return;
        }
        Counter counter = Counter.builder(BREACHES).description("SLA breaches recorded")
                .tags("brand", brandId, "queue", queue == null ? "" : queue).register(meters);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }

    private Map<String, Waiting> read(InteractionRepository interactions) {
        Map<String, Waiting> byBrand = new TreeMap<>();
        for (Object[] row : interactions.waitingByBrand(InteractionState.OPEN)) {
            byBrand.put((String) row[0], new Waiting(((Number) row[1]).longValue(), (Instant) row[2]));
        }
        if (brandsSeen.addAll(byBrand.keySet())) {
            rows();
        }
        return byBrand;
    }

    /** A row per brand seen, each reading its part of the (shared, cached) reading. */
    private void rows() {
        List<MultiGauge.Row<?>> counts = new ArrayList<>();
        List<MultiGauge.Row<?>> waits = new ArrayList<>();
        for (String brand : brandsSeen) {
            counts.add(MultiGauge.Row.of(Tags.of("brand", brand), waiting, reading -> {
                Waiting w = reading.get().get(brand);
                return w == null ? 0 : w.count();
            }));
            waits.add(MultiGauge.Row.of(Tags.of("brand", brand), waiting, reading -> {
                Waiting w = reading.get().get(brand);
                return w == null ? 0 : Math.max(0, Duration.between(w.oldestReceivedAt(), clock.instant())
                        .toMillis() / 1000.0);
            }));
        }
        backlog.register(counts, false);
        oldestWait.register(waits, false);
    }
}
