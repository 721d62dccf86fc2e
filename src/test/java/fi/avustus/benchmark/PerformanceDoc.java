package fi.avustus.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/PERFORMANCE.md, where each benchmark writes its own section between two markers, so that
 * re-running one benchmark replaces its numbers and leaves the others'.
 */
final class PerformanceDoc {

    static final Path FILE = Path.of("docs", "PERFORMANCE.md");

    private PerformanceDoc() {
    }

    static void replaceSection(String name, String markdown) {
        String start = "<!-- " + name + " -->";
        String end = "<!-- /" + name + " -->";
        try {
            String document = Files.exists(FILE) ? Files.readString(FILE) : "# Performance\n";
            String section = start + "\n" + markdown.strip() + "\n" + end;
            int from = document.indexOf(start);
            int to = document.indexOf(end);
            String updated = from >= 0 && to > from
                    ? document.substring(0, from) + section + document.substring(to + end.length())
                    : document.stripTrailing() + "\n\n" + section + "\n";
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, updated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
