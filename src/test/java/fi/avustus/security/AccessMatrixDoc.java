package fi.avustus.security;

import fi.avustus.MarkdownSections;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The access matrix tests' figures in docs/RELIABILITY.md, each test's in its own marked part of
 * the "Access control" section. Written only with {@code -Daccess.matrix.write=true}, so that an
 * ordinary run leaves the work tree clean; the tests check the same things either way.
 */
public final class AccessMatrixDoc {

    private static final Path FILE = Path.of("docs", "RELIABILITY.md");
    private static final String WRITE = "access.matrix.write";

    private AccessMatrixDoc() {
    }

    /** Routes × users: which user's navigation showed the view. */
    public static void routes(int routes, List<String> users, Map<String, Map<String, Boolean>> shownByRoute) {
        StringBuilder table = new StringBuilder("| route | " + String.join(" | ", users) + " |\n|---|"
                + "---|".repeat(users.size()) + "\n");
        int cells = 0;
        int shown = 0;
        for (Map.Entry<String, Map<String, Boolean>> route : shownByRoute.entrySet()) {
            table.append("| `").append(route.getKey().isEmpty() ? "/" : route.getKey()).append("` |");
            for (String user : users) {
                boolean opened = route.getValue().get(user);
                table.append(opened ? " opens |" : " — |");
                cells++;
                shown += opened ? 1 : 0;
            }
            table.append('\n');
        }
        write("access-matrix-routes", "Routes: **%d** registered, %d in the matrix; users: **%d**; cells: **%d** (%d open the view, %d refused); cells that differ from the expected table: **0**.\n\n%s"
                .formatted(routes, shownByRoute.size(), users.size(), cells, shown, cells - shown, table));
    }

    /** Routes with a case id, opened with guessed ids. */
    public static void caseGuesses(int routes, int users, int tries, int leaks) {
        write("access-matrix-route-ids", ("Routes with a case id: **%d**; applicants guessing: **%d**; guessed ids opened: **%d**;"
                + " views shown or words of another organisation's case on the page: **%d**.").formatted(routes, users, tries, leaks));
    }

    /** REST endpoints × users, and their id guesses. */
    public static void endpoints(String markdown) {
        write("access-matrix-endpoints", markdown);
    }

    /** API paths with a case id, called with guessed ids. */
    public static void endpointGuesses(int calls, int callers, int leaks) {
        write("access-matrix-endpoint-ids", ("Calls with guessed case ids: **%d**, by %d callers (the owner, an applicant of another"
                + " organisation, a steering-group member); answers other than 403 or 404, or with a word of another"
                + " organisation's case: **%d**.").formatted(calls, callers, leaks));
    }

    /** Facade operations that change cases, called by users of another organisation or role. */
    public static void operations(String markdown) {
        write("access-matrix-operations", markdown);
    }

    private static void write(String part, String markdown) {
        if (Boolean.getBoolean(WRITE)) {
            MarkdownSections.replace(FILE, part, markdown);
        }
    }
}
