package fi.avustus.crash;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the load saw committed, one line per event ({@code SUBMITTED 123}), written after the
 * transaction returned. Each line goes to the operating system at once: a killed JVM loses
 * nothing it wrote, so every line names work the database must still have after the restart.
 * The script counts the lines to choose its moment to kill.
 */
final class CrashJournal implements AutoCloseable {

    enum Entry {
        /** The load phase began at this epoch millisecond; everything before it was set-up. */
        LOAD,
        /** An application whose submission committed. */
        SUBMITTED,
        /** An instalment whose approval committed. */
        APPROVED,
        /** An approved instalment whose payment was recorded. */
        PAID
    }

    private final FileOutputStream out;

    CrashJournal(Path file) {
        try {
            this.out = new FileOutputStream(file.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void record(Entry entry, long value) {
        try {
            // One unbuffered write per line, so a kill cannot leave half a line before a whole one.
            out.write((entry + " " + value + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values recorded under {@code entry}; a line the kill cut short is not counted. */
    static List<Long> read(Path file, Entry entry) {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            String complete = text.substring(0, text.lastIndexOf('\n') + 1);
            String prefix = entry + " ";
            return complete.lines().filter(line -> line.startsWith(prefix))
                    .map(line -> Long.valueOf(line.substring(prefix.length()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
