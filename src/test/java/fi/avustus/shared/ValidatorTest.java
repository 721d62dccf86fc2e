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
}
