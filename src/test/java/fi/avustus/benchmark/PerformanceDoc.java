package fi.avustus.benchmark;

import fi.avustus.MarkdownSections;
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
        MarkdownSections.replaceOrAppend(FILE, "Performance", name, markdown);
    }
}
