package io.engineroom.publishing;

import io.engineroom.brand.Platform;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Publishing's meter: {@code engineroom_publish_outcomes_total{platform,outcome}} (Prometheus name), one count per
 * publish attempt of a planned post, when its outcome is on record: {@code posted} (also when the automatic check
 * found an unclear one on the channel), {@code failed} (certainly not posted), {@code unknown} (a person must check
 * the channel), {@code needs_person} (a channel posted by hand) or {@code held} (refused before any call: the brand
 * is frozen, or an earlier attempt's outcome is still unknown). Every series is there from the start at 0, so a
 * rate over it is defined before the first failure. Counted by the node that made the attempt: a cluster's total is
 * the sum over its nodes.
 */
@Component
class PublishingMeters implements MeterBinder {

    static final String OUTCOMES = "engineroom.publish.outcomes";

    /** What an attempt came to, as the meter's {@code outcome} tag says it. */
    enum Outcome {
        POSTED, FAILED, UNKNOWN, NEEDS_PERSON, HELD;

        static Outcome of(PublishOutcome outcome) {
            return switch (outcome.status()) {
                case PUBLISHED -> POSTED;
                case FAILED -> FAILED;
                case UNKNOWN -> UNKNOWN;
                case NEEDS_PERSON -> NEEDS_PERSON;
            };
        }

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private volatile MeterRegistry registry;

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        for (Platform platform : Platform.values()) {
            for (Outcome outcome : Outcome.values()) {
                counter(registry, platform, outcome);
            }
        }
    }

    void attempted(Platform platform, Outcome outcome) {
        MeterRegistry meters = registry;
        if (meters != null) {
            counter(meters, platform, outcome).increment();
        }
    }

    private static Counter counter(MeterRegistry registry, Platform platform, Outcome outcome) {
        return Counter.builder(OUTCOMES).description("Publish attempts of planned posts by outcome")
                .tags("platform", platform.name().toLowerCase(Locale.ROOT), "outcome", outcome.tag())
                .register(registry);
    }
}
