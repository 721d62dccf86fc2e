package fi.avustus.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects rule violations for one command and throws them together, so that a form can show
 * every problem at once instead of one per submit.
 */
public final class Validator {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 4000;
    /** The years a date in a case may fall in: wide enough for any programme, and every one of them storable and printable. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private final List<ValidationFailedException.Violation> violations = new ArrayList<>();

    public Validator required(String field, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            reject(field, "validation.required");
        }
        return this;
    }

    /** At most this many characters, all of which the database can store (see {@link #storable(String)}). */
    public Validator maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            reject(field, "validation.tooLong", max);
        }
        return check(storable(value), field, "validation.characters");
    }

    /** Texts that must reach the database as they are (see {@link #storable(String)}), refused under one field. */
    public Validator storableTexts(String field, String... texts) {
        return check(Arrays.stream(texts).allMatch(Validator::storable), field, "validation.characters");
    }

    /** The same for the texts of one numbered row of a list, refused with the list's own message, which names the row. */
    public Validator storableRow(String field, String messageKey, int number, String... texts) {
        return check(Arrays.stream(texts).allMatch(Validator::storable), field, messageKey, number);
    }

    public Validator requiredText(String field, String value, int max) {
        return required(field, value).maxLength(field, value, max);
    }

    public Validator money(String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            return this;
        }
        if (value.signum() < 0) {
            reject(field, "validation.negative");
        } else if (value.compareTo(max) > 0) {
            reject(field, "validation.tooLarge", Money.format(max));
        } else if (value.stripTrailingZeros().scale() > 2) {
            reject(field, "validation.cents");
        }
        return this;
    }

    /** A date within {@link #FIRST_YEAR}–{@link #LAST_YEAR}, or none. */
    public Validator date(String field, LocalDate value) {
        return check(value == null || inYears(value.getYear()), field, "validation.year", FIRST_YEAR, LAST_YEAR);
    }

    public static boolean inYears(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public Validator check(boolean rule, String field, String messageKey, Object... arguments) {
        if (!rule) {
            reject(field, messageKey, arguments);
        }
        return this;
    }

    public Validator reject(String field, String messageKey, Object... arguments) {
        violations.add(new ValidationFailedException.Violation(field, messageKey, arguments));
        return this;
    }

    /**
     * Whether PostgreSQL keeps this text as it is: it refuses a NUL character in text outright, and
     * half a surrogate pair, which no encoding can write, would come back as a question mark.
     */
    public static boolean storable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    public boolean hasViolations() {
        return !violations.isEmpty();
    }

    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new ValidationFailedException(violations);
        }
    }
}
