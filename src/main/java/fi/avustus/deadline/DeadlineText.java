package fi.avustus.deadline;

import fi.avustus.shared.TranslatedName;
import java.util.Arrays;
import java.util.List;

/**
 * A text that the screen puts in the viewer's language: a translation key and its arguments.
 * Arguments may be plain values (text, numbers), {@link TranslatedName}s (a call's or a group's
 * name, shown in the viewer's language), dates ({@link java.time.LocalDate}, shown in the
 * viewer's format) or other {@code DeadlineText}s, so that a source never needs the viewer's
 * locale and one registry answer serves every language.
 */
public record DeadlineText(String key, List<Object> args) {

    public DeadlineText {
        args = List.copyOf(args);
    }

    public static DeadlineText of(String key, Object... args) {
        return new DeadlineText(key, Arrays.asList(args));
    }
}
