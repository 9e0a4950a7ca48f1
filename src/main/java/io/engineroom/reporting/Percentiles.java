package io.engineroom.reporting;

import java.util.Arrays;

/** Median and other percentiles of a sample; nearest-rank with linear interpolation, as spreadsheets do. */
final class Percentiles {

    private Percentiles() {
    }

    /** @param fraction 0.5 for the median; null when there is no value */
    static Double of(double[] values, double fraction) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double rank = fraction * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
    }
}
