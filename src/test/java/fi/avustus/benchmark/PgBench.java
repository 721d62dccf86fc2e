package fi.avustus.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own commit rate on this machine: pgbench's simple-update transactions against a
 * scratch database in the same server, for the ceiling the product's transactions run under.
 */
final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private PgBench() {
    }

    /** Transactions per second with this many clients, or empty when pgbench is not installed. */
    static OptionalDouble commitRate(int port, String database, int clients, int seconds) {
        String pgbench = executable();
        if (pgbench == null) {
            return OptionalDouble.empty();
        }
        run(List.of(pgbench, "-i", "-q", "-s", "10", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres",
                database));
        String output = run(List.of(pgbench, "-N", "-c", String.valueOf(clients), "-j", String.valueOf(clients),
                "-T", String.valueOf(seconds), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres", database));
        Matcher tps = TPS.matcher(output);
        return tps.find() ? OptionalDouble.of(Double.parseDouble(tps.group(1))) : OptionalDouble.empty();
    }

    private static String executable() {
        for (String candidate : List.of("/usr/bin/pgbench", "/usr/lib/postgresql/17/bin/pgbench",
                "/usr/lib/postgresql/15/bin/pgbench")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
