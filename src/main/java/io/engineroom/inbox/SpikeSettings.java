package io.engineroom.inbox;

import java.time.Duration;

/** A brand's spike rule: {@code threshold} negative interactions within {@code window} raise a crisis signal. */
public record SpikeSettings(int threshold, Duration window) {

    public static final int MIN_THRESHOLD = 2;
    public static final int MAX_THRESHOLD = 10_000;
    public static final Duration MAX_WINDOW = Duration.ofHours(48);
    public static final SpikeSettings DEFAULT = new SpikeSettings(10, Duration.ofMinutes(15));

    public SpikeSettings {
        if (threshold < MIN_THRESHOLD || threshold > MAX_THRESHOLD || window == null || window.toMinutes() < 1
                || window.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("A spike is 2 to 10 000 negative interactions within 1 minute to 48 hours");
        }
    }
}
