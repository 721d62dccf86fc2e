package fi.avustus.benchmark;

import fi.avustus.shared.Time;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the numbers were measured on: the machine, the JVM, the database server and when. */
public final class Machine {

    private Machine() {
    }

    public static String describe(JdbcTemplate jdbc) {
        String cpu = line(Path.of("/proc/cpuinfo"), "model name").map(value -> value.replaceAll("\\s+", " ")).orElse("unknown CPU");
        String memory = line(Path.of("/proc/meminfo"), "MemTotal")
                .map(value -> Long.parseLong(value.replaceAll("\\D", "")) / 1024 / 1024 + " GiB").orElse("?");
        String postgres = jdbc.queryForObject("show server_version", String.class);
        String durability = jdbc.queryForList("select name || '=' || setting from pg_settings where name in"
                + " ('fsync', 'synchronous_commit', 'full_page_writes') order by name", String.class).toString();
        return "Measured " + ZonedDateTime.now(Time.HELSINKI).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"))
                + " on " + Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory + " RAM; Java "
                + System.getProperty("java.version") + "; embedded PostgreSQL " + postgres + " " + durability + ".";
    }

    /** The load averages over 1, 5 and 15 minutes: how busy the shared machine was. */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException unavailable) {
            return "unknown";
        }
    }

    private static java.util.Optional<String> line(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(line -> line.startsWith(key)).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip());
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
