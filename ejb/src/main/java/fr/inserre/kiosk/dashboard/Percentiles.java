package fr.inserre.kiosk.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Median and percentiles of durations by the nearest-rank method: the p-th percentile of n sorted
 * values is the value of rank ⌈p × n / 100⌉, always one of the measured values (no interpolation:
 * "90 % of requests were answered within 6 days" is then literally true). Null for no values.
 */
public final class Percentiles {

    private Percentiles() {
    }

    public static Duration median(Collection<Duration> values) {
        return of(values, 50);
    }

    public static Duration of(Collection<Duration> values, int percentile) {
        if (percentile < 1 || percentile > 100) {
            throw new IllegalArgumentException("percentile " + percentile);
        }
        if (values.isEmpty()) {
            return null;
        }
        List<Duration> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(percentile * sorted.size() / 100.0);
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
