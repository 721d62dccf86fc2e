package fi.avustus.workflow.benchmark;

import java.util.Arrays;

/** Nearest-rank percentiles of timings in nanoseconds, formatted in milliseconds for a Markdown table. */
public final class Percentiles {

    private Percentiles() {
    }

    public static String of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return "%s | %s | %s | %s".formatted(millis(rank(sorted, 50)), millis(rank(sorted, 95)), millis(rank(sorted, 99)),
                millis(sorted[sorted.length - 1]));
    }

    private static long rank(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    private static String millis(long nanos) {
        return "%.2f".formatted(nanos / 1_000_000.0);
    }
}
