package fi.avustus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated part of a document in docs/, kept between {@code <!-- name -->} and
 * {@code <!-- /name -->}, so that each generator rewrites its own part and leaves the rest, and
 * parallel branches that own different parts merge cleanly.
 */
public final class MarkdownSections {

    private MarkdownSections() {
    }

    /** Replaces the named part, or appends it (after the title, for a new file) when the file has none yet. */
    public static void replaceOrAppend(Path file, String title, String name, String markdown) {
        String document = read(file, title);
        String updated = replaced(document, name, markdown);
        write(file, updated != null ? updated : document.stripTrailing() + "\n\n" + section(name, markdown) + "\n");
    }

    /** Replaces the named part, which must exist: its place in the document is written by hand. */
    public static void replace(Path file, String name, String markdown) {
        String updated = replaced(read(file, null), name, markdown);
        if (updated == null) {
            throw new IllegalStateException(file + " has no part named " + name);
        }
        write(file, updated);
    }

    private static String replaced(String document, String name, String markdown) {
        String start = "<!-- " + name + " -->";
        String end = "<!-- /" + name + " -->";
        int from = document.indexOf(start);
        int to = document.indexOf(end);
        return from >= 0 && to > from
                ? document.substring(0, from) + section(name, markdown) + document.substring(to + end.length())
                : null;
    }

    private static String section(String name, String markdown) {
        return "<!-- " + name + " -->\n" + markdown.strip() + "\n<!-- /" + name + " -->";
    }

    private static String read(Path file, String title) {
        try {
            if (!Files.exists(file) && title != null) {
                return "# " + title + "\n";
            }
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String document) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
