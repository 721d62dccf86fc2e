package fi.avustus.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Wall-clock time spent in each named step of a lifecycle, summed over all lifecycles of a run. */
final class StepTimes {

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    void time(String step, Runnable work) {
        long started = System.nanoTime();
        try {
            work.run();
        } finally {
            order.putIfAbsent(step, order.size());
            nanos.computeIfAbsent(step, name -> new LongAdder()).add(System.nanoTime() - started);
        }
    }

    void reset() {
        nanos.values().forEach(LongAdder::reset);
    }

    /** Milliseconds per lifecycle in each step, in the order the steps first ran. */
    Map<String, Double> perLifecycle(int lifecycles) {
        Map<String, Double> result = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(step ->
                result.put(step.getKey(), nanos.get(step.getKey()).sum() / 1e6 / lifecycles));
        return result;
    }
}
