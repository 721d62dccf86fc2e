package fi.avustus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.ui.ModularTranslations;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** What the forms' property tests share: a change to a form that names itself, and the check of a refusal's messages. */
public final class FormFuzz {

    private static final int SHOWN_MAX = 120;
    private static final List<Map<String, String>> LANGUAGES = Stream.of("fi", "sv", "en").map(ModularTranslations::load).toList();

    private FormFuzz() {
    }

    /** One field set to one value; shown by the field and the start of the value, so that a failure says what was typed. */
    public record Change<F>(String field, String shown, Consumer<F> apply) {

        @Override
        public String toString() {
            return field + "=" + shown;
        }
    }

    public static <F> Change<F> change(String field, Object value, Consumer<F> apply) {
        String shown = String.valueOf(value);
        return new Change<>(field, shown.length() <= SHOWN_MAX ? shown : shown.substring(0, SHOWN_MAX) + "…(" + shown.length() + ")",
                apply);
    }

    /** A refusal the user can read: its key, and every field's key, translated in Finnish, Swedish and English. */
    public static void assertTranslated(DomainException refused) {
        Stream<String> keys = refused instanceof ValidationFailedException invalid
                ? Stream.concat(Stream.of(invalid.messageKey()), invalid.violations().stream().map(ValidationFailedException.Violation::messageKey))
                : Stream.of(refused.messageKey());
        keys.forEach(key -> LANGUAGES.forEach(texts -> assertThat(texts).as("a text for %s (%s)", key,
                Arrays.toString(refused.arguments())).containsKey(key)));
    }
}
