package fi.avustus.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** This JVM's memory: the live heap after full collections, and the resident set the kernel counts. */
final class Memory {

    private static final long MIB = 1024 * 1024;

    private Memory() {
    }

    /** What a snapshot saw: heap still used after full collections, and the process's resident set. */
    record Snapshot(long heapUsed, long rss, int sessions, int uis) {

        String heapMiB() {
            return mib(heapUsed);
        }

        String rssMiB() {
            return mib(rss);
        }
    }

    static Snapshot take(LiveSessions sessions) {
        long heap = heapAfterFullGc();
        return new Snapshot(heap, rss(), sessions.count(), sessions.uis());
    }

    /**
     * Heap used after {@code System.gc()} (a full, compacting collection with G1) repeated until it
     * stops shrinking, so that objects waiting for finalisation or weakly held are gone too.
     */
    static long heapAfterFullGc() {
        long previous = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 5; attempt++) {
            System.gc();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (used >= previous - MIB) {
                return Math.min(used, previous);
            }
            previous = used;
        }
        return previous;
    }

    /** VmRSS of this process, in bytes. */
    static long rss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS:"))
                    .findFirst().map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).orElse(0L);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String mib(long bytes) {
        return "%.0f".formatted(bytes / (double) MIB);
    }

    static String kib(long bytes) {
        return "%.0f".formatted(bytes / 1024.0);
    }
}
