package fi.avustus.workflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the numbers were measured on, from Linux's /proc. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        String cpu = first(Path.of("/proc/cpuinfo"), "model name").map(line -> line.substring(line.indexOf(':') + 1).strip())
                .orElse("unknown CPU");
        String memory = first(Path.of("/proc/meminfo"), "MemTotal").map(line -> line.replaceAll("\\D", ""))
                .map(kilobytes -> Long.parseLong(kilobytes) / 1024 / 1024 + " GiB").orElse("unknown memory");
        return "%d cores (%s), %s, Java %s".formatted(Runtime.getRuntime().availableProcessors(), cpu, memory,
                System.getProperty("java.version"));
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException unavailable) {
            return "unknown";
        }
    }

    private static java.util.Optional<String> first(Path file, String prefix) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(prefix)).findFirst();
        } catch (IOException unavailable) {
            return java.util.Optional.empty();
        }
    }
}
