package fi.avustus.benchmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How the benchmarks time read queries: every query called once per round, in turn, so that a
 * change in the machine's load hits all of them alike; warm-up rounds first, not timed; then
 * nearest-rank percentiles.
 */
public final class Latencies {

    private Latencies() {
    }

    /** Each query's call times in nanoseconds, one per timed round, in the map's order. */
    public static Map<String, long[]> interleaved(Map<String, ? extends Supplier<?>> queries, int warmUp, int rounds) {
        for (int round = 0; round < warmUp; round++) {
            queries.values().forEach(Supplier::get);
        }
        Map<String, long[]> nanos = new LinkedHashMap<>();
        queries.keySet().forEach(name -> nanos.put(name, new long[rounds]));
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, ? extends Supplier<?>> query : queries.entrySet()) {
                long start = System.nanoTime();
                query.getValue().get();
                nanos.get(query.getKey())[round] = System.nanoTime() - start;
            }
        }
        return nanos;
    }

    /** Nearest-rank percentiles of call times, in nanoseconds. */
    public record Percentiles(long p50, long p95, long p99, long max) {

        public static Percentiles of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Percentiles(rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[sorted.length - 1]);
        }

        private static long rank(long[] sorted, int percent) {
            int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)];
        }

        /** Whether the 95th percentile is within the target. */
        public boolean p95Within(double targetMillis) {
            return p95 <= targetMillis * 1_000_000;
        }

        /** {@code p50 | p95 | p99 | max} in milliseconds, the cells of a Markdown table's row. */
        public String cells() {
            return String.join(" | ", millis(p50), millis(p95), millis(p99), millis(max));
        }

        private static String millis(long nanos) {
            return String.format(Locale.ROOT, "%.2f", nanos / 1_000_000.0);
        }
    }
}
