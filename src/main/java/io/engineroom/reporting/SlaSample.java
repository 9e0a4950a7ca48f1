package io.engineroom.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * The interactions of one queue in a period, counted as they stream past: only the first-response minutes are
 * kept (a primitive array, for the median), so a million interactions take a few megabytes.
 */
final class SlaSample {

    static final String ALL = "*";

    private final String queue;
    private long received;
    private long negative;
    private long withinSla;
    private long answeredWithDue;
    private double[] minutes = new double[64];
    private int answered;

    SlaSample(String queue) {
        this.queue = queue;
    }

    void add(boolean isNegative, Instant receivedAt, Instant firstResponseAt, Instant due) {
        received++;
        if (isNegative) {
            negative++;
        }
        if (firstResponseAt == null) {
            return;
        }
        if (answered == minutes.length) {
            minutes = Arrays.copyOf(minutes, answered * 2);
        }
        minutes[answered++] = Duration.between(receivedAt, firstResponseAt).toMillis() / 60_000.0;
        if (due != null) {
            answeredWithDue++;
            if (!firstResponseAt.isAfter(due)) {
                withinSla++;
            }
        }
    }

    String queue() {
        return queue;
    }

    long received() {
        return received;
    }

    long negative() {
        return negative;
    }

    long answered() {
        return answered;
    }

    long withinSla() {
        return withinSla;
    }

    /** Answered by the due time, of those answered that had one; null when none was answered. */
    Double compliance() {
        return answeredWithDue == 0 ? null : 100.0 * withinSla / answeredWithDue;
    }

    Double medianMinutes() {
        return Percentiles.of(Arrays.copyOf(minutes, answered), 0.5);
    }
}
