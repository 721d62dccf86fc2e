package fi.avustus.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    @Test
    void collectsEveryViolationBeforeThrowing() {
        Validator validator = new Validator()
                .required("name", " ")
                .maxLength("text", "x".repeat(11), 10)
                .money("budget", new BigDecimal("-1"), Money.ABSURD)
                .money("grant", new BigDecimal("1.005"), Money.ABSURD)
                .money("total", new BigDecimal("99999999999"), Money.ABSURD);
        assertThatThrownBy(validator::throwIfInvalid).isInstanceOfSatisfying(ValidationFailedException.class,
                invalid -> assertThat(invalid.violations()).extracting(ValidationFailedException.Violation::messageKey)
                        .containsExactly("validation.required", "validation.tooLong", "validation.negative",
                                "validation.cents", "validation.tooLarge"));
    }

    @Test
    void passesValidInput() {
        new Validator().requiredText("name", "Gradia", 200).money("budget", new BigDecimal("3900000.00"), Money.ABSURD)
                .throwIfInvalid();
    }

    /** Texts a row brings along, absent ones included: a NUL or half a surrogate pair refuses the row by its number. */
    @Test
    void refusesTextsTheDatabaseCannotKeepAsTheyAre() {
        Validator validator = new Validator().storableTexts("summary", "Yhteenveto", null)
                .storableTexts("objectives.0", "Tavoite", "a\0b")
                .storableRow("budgetLines", "application.row.characters", 3, null, "Matkat \uD83D\uDE86")
                .storableRow("activities", "application.row.characters", 4, "\uDE86");
        assertThat(validator.hasViolations()).isTrue();
        assertThatThrownBy(validator::throwIfInvalid).isInstanceOfSatisfying(ValidationFailedException.class,
                invalid -> assertThat(invalid.violations()).extracting(violation -> violation.field() + ":"
                        + violation.messageKey() + java.util.Arrays.toString(violation.arguments()))
                        .containsExactly("objectives.0:validation.characters[]", "activities:application.row.characters[4]"));
    }
}
