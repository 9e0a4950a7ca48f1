package io.engineroom.notification.outbox;

import io.engineroom.base.ScrapeReading;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Notice delivery's meters, from the outbox (Prometheus names):
 * <ul>
 * <li>{@code engineroom_notices_deliveries_total{channel,result}}: attempts recorded, {@code result} being
 * {@code sent}, {@code retried} (failed, tried again after backoff) or {@code dead} (given up). Counted after the
 * outcome's transaction commits, by the node that made the attempt: a cluster's total is the sum over its
 * nodes.</li>
 * <li>{@code engineroom_notices_pending{channel}}: deliveries waiting to be sent, due or backing off (gauge). From
 * the table, so cluster-wide and the same on every node; read at most every {@link ScrapeReading#FRESH_FOR}.</li>
 * </ul>
 */
@Component
class OutboxMeters implements MeterBinder {

    static final String DELIVERIES = "engineroom.notices.deliveries";
    static final String PENDING = "engineroom.notices.pending";

    /** What became of one attempt, as the {@code result} tag says it. */
    enum Result {
        SENT, RETRIED, DEAD
    }

    private final ScrapeReading<Map<DeliveryChannel, Long>> pending;
    private volatile MeterRegistry registry;

    OutboxMeters(OutboxStore store, Clock clock) {
        this.pending = new ScrapeReading<>(store::pendingByChannel, clock);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            Gauge.builder(PENDING, pending, reading -> reading.get().getOrDefault(channel, 0L))
                    .description("Notice deliveries waiting to be sent").tag("channel", tag(channel))
                    .register(registry);
            for (Result result : Result.values()) {
                counter(registry, channel, result);
            }
        }
    }

    /** Counts an attempt whose outcome the caller has just committed. */
    void recorded(DeliveryChannel channel, Result result) {
        MeterRegistry meters = registry;
        if (meters != null) {
            counter(meters, channel, result).increment();
        }
    }

    private static Counter counter(MeterRegistry registry, DeliveryChannel channel, Result result) {
        return Counter.builder(DELIVERIES).description("Notice delivery attempts by result")
                .tags("channel", tag(channel), "result", result.name().toLowerCase(Locale.ROOT)).register(registry);
    }

    private static String tag(DeliveryChannel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }
}
