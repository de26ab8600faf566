package org.xinyong.workflow.bench;

import java.util.Arrays;

/** Durations of repeated calls, in nanoseconds; nearest-rank percentiles. */
final class Samples {

    private final long[] nanos;
    private int count;

    Samples(int capacity) {
        this.nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    double percentileMillis(double percentile) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * count);
        return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
    }

    double maxMillis() {
        return percentileMillis(100);
    }

    static Samples time(int warmUp, int samples, Runnable call) {
        for (int i = 0; i < warmUp; i++) {
            call.run();
        }
        Samples result = new Samples(samples);
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            call.run();
            result.add(System.nanoTime() - start);
        }
        return result;
    }
}
