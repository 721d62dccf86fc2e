package fi.avustus.deadline.ui;

import fi.avustus.deadline.Deadline;
import fi.avustus.deadline.DeadlineEntry;
import fi.avustus.shared.Csv;
import fi.avustus.shared.Time;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * The calendar's rows as CSV, in the viewer's language: due dates in ISO form (with the time in
 * Helsinki for timed deadlines), so that spreadsheets sort them, and the case's route for the link.
 */
final class DeadlineFile {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DeadlineFile() {
    }

    static byte[] csv(List<DeadlineEntry> entries, DeadlineTexts texts, DeadlineTexts.Translator translator) {
        Stream<List<String>> header = Stream.of(Stream.of("due", "type", "title", "call", "owner", "status", "route")
                .map(column -> translator.translate("deadline.column." + column)).toList());
        Stream<List<String>> rows = entries.stream().map(entry -> {
            Deadline deadline = entry.deadline();
            return List.of(due(deadline), texts.type(deadline), texts.title(deadline), texts.context(entry),
                    texts.owner(entry), texts.status(deadline), deadline.route() == null ? "" : deadline.route());
        });
        return Csv.file(Stream.concat(header, rows));
    }

    private static String due(Deadline deadline) {
        return deadline.dueAt() != null ? TIME.format(deadline.dueAt().atZone(Time.HELSINKI)) : deadline.dueDate().toString();
    }
}
