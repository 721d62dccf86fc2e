package fi.avustus.deadline.ui;

import fi.avustus.deadline.Deadline;
import fi.avustus.deadline.DeadlineEntry;
import fi.avustus.deadline.DeadlineText;
import fi.avustus.shared.Time;
import fi.avustus.shared.TranslatedName;
import java.time.LocalDate;
import java.util.Locale;

/** A deadline's parts as text in the viewer's language: the same wording on the screens and in the export. */
final class DeadlineTexts {

    /** Translates a key with its arguments, as a component's {@code getTranslation} does. */
    @FunctionalInterface
    interface Translator {
        String translate(String key, Object... args);
    }

    private final Locale locale;
    private final Translator translator;

    DeadlineTexts(Locale locale, Translator translator) {
        this.locale = locale;
        this.translator = translator;
    }

    String title(Deadline deadline) {
        return text(deadline.title());
    }

    String type(Deadline deadline) {
        return translator.translate(deadline.type().labelKey());
    }

    String status(Deadline deadline) {
        return translator.translate(deadline.status().labelKey());
    }

    /** The date, with the time of day for deadlines that have one. */
    String due(Deadline deadline) {
        if (deadline.dueAt() != null) {
            return Time.format(deadline.dueAt().atZone(Time.HELSINKI), locale);
        }
        return date(deadline.dueDate());
    }

    /** The call's title, or the programme's name for deadlines of no call. */
    String context(DeadlineEntry entry) {
        return name(entry.call() != null ? entry.call() : entry.programme());
    }

    /** The organisation's or group's name; for a deadline that only a role owns, the role. */
    String owner(DeadlineEntry entry) {
        if (entry.owner() != null) {
            return entry.owner().in(locale);
        }
        return entry.deadline().owningRole() == null ? "" : translator.translate("role." + entry.deadline().owningRole().name());
    }

    String name(TranslatedName name) {
        return name == null ? "" : name.in(locale);
    }

    private String text(DeadlineText text) {
        Object[] args = text.args().stream().map(this::argument).toArray();
        return translator.translate(text.key(), args);
    }

    private Object argument(Object argument) {
        if (argument instanceof TranslatedName name) {
            return name.in(locale);
        }
        if (argument instanceof LocalDate date) {
            return date(date);
        }
        if (argument instanceof DeadlineText text) {
            return text(text);
        }
        return argument;
    }

    private String date(LocalDate date) {
        return Time.formatDate(date);
    }
}
