package io.engineroom.inbox;

import java.time.Duration;

/** A brand's spike rule: {@code threshold} negative interactions within {@code window} raise a crisis signal. */
public record SpikeSettings(int threshold, Duration window) {

    public static final SpikeSettings DEFAULT = new SpikeSettings(10, Duration.ofMinutes(15));

    public SpikeSettings {
        if (threshold < 2 || threshold > 10_000 || window == null || window.toMinutes() < 1 || window.toHours() > 48) {
            throw new IllegalArgumentException("A spike is 2 to 10 000 negative interactions within 1 minute to 48 hours");
        }
    }
}
