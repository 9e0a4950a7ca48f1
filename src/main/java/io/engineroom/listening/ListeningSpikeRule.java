package io.engineroom.listening;

import java.time.Duration;

/**
 * When the brand's own negative mentions in the last hour are a spike: at least {@code minimum} of them, and at
 * least {@code factor} times the brand's usual negative mentions per hour (the mean over the {@code baseline}
 * before that hour). The minimum keeps a quiet brand's second negative post from reading as "twice the usual";
 * the factor keeps a brand that is always talked about from raising a signal every busy hour.
 */
public record ListeningSpikeRule(int minimum, double factor, Duration baseline) {

    /** Five negative mentions in an hour, and three times the mean hour of the day before. */
    public static final ListeningSpikeRule DEFAULT = new ListeningSpikeRule(5, 3.0, Duration.ofHours(24));

    public ListeningSpikeRule {
        if (minimum < 1 || factor < 1 || baseline == null || baseline.toHours() < 1) {
            throw new IllegalArgumentException("A spike is at least 1 mention, 1 × the baseline, over 1 hour or more");
        }
    }

    /** Negative mentions per hour over the baseline period, from their count over that period. */
    public double perHour(long negativesInBaseline) {
        return (double) negativesInBaseline / baseline.toHours();
    }

    public boolean isSpike(long negativesLastHour, double baselinePerHour) {
        return negativesLastHour >= minimum && negativesLastHour >= factor * baselinePerHour;
    }
}
