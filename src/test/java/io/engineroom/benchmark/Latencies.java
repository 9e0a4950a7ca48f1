package io.engineroom.benchmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** The measured durations of one call, in nanoseconds, and the percentiles a benchmark line reports. */
final class Latencies {

    private final String name;
    private final long[] nanos;
    private int size;

    Latencies(String name, int capacity) {
        this.name = name;
        this.nanos = new long[capacity];
    }

    /** Runs the call once and records how long it took; returns what the call returned. */
    <T> T time(Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        nanos[size++] = System.nanoTime() - start;
        return result;
    }

    /** Records a duration measured elsewhere (by another thread, say), in nanoseconds. */
    void record(long duration) {
        nanos[size++] = duration;
    }

    String name() {
        return name;
    }

    int count() {
        return size;
    }

    /** Nearest-rank percentile in milliseconds: the smallest sample at or above p percent of all samples. */
    double percentile(double p) {
        if (size == 0) {
            throw new IllegalStateException("Nothing measured for " + name);
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
    }

    double max() {
        return percentile(100);
    }

    /** One row of the results table: name, p50, p95, p99, max. */
    String row(int nameWidth) {
        return String.format(Locale.ROOT, "%-" + nameWidth + "s %8.2f %8.2f %8.2f %8.2f", name, percentile(50),
                percentile(95), percentile(99), max());
    }

    static String header(int nameWidth) {
        return String.format(Locale.ROOT, "%-" + nameWidth + "s %8s %8s %8s %8s", "query (ms)", "p50", "p95", "p99",
                "max");
    }
}
