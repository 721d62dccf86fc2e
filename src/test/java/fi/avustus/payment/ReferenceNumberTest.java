package fi.avustus.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Finnish reference numbers, checked against published examples of the 7-3-1 rule. */
class ReferenceNumberTest {

    @Test
    void theCheckDigitFollowsThe731Rule() {
        // 1·3 + 2·7 + 3·1 + 4·3 + 5·7 = 67 → 70 − 67 = 3
        assertThat(ReferenceNumber.withCheckDigit("12345")).isEqualTo("123453");
        // The finance sector's own example, printed "12 34561"
        assertThat(ReferenceNumber.withCheckDigit("123456")).isEqualTo("1234561");
        // Weights from the right: 0·7 + 0·3 + 1·1 = 1 → 9; a sum ending in zero gives 0: 7·7 + 0·3 + 1·1 = 50
        assertThat(ReferenceNumber.withCheckDigit("100")).isEqualTo("1009");
        assertThat(ReferenceNumber.withCheckDigit("107")).isEqualTo("1070");
    }

    @Test
    void validReferencesPassAndMistypedOnesDoNot() {
        assertThat(ReferenceNumber.isValid("12 34561")).isTrue();
        assertThat(ReferenceNumber.isValid("123453")).isTrue();
        assertThat(ReferenceNumber.isValid("1234562")).isFalse();
        assertThat(ReferenceNumber.isValid("1243561")).isFalse();
        assertThat(ReferenceNumber.isValid("123")).isFalse();
        assertThat(ReferenceNumber.isValid(null)).isFalse();
    }

    @Test
    void anInstalmentsReferenceIsItsProjectAndTwoDigitSequenceChecked() {
        assertThat(ReferenceNumber.of(1234, 1)).isEqualTo(ReferenceNumber.withCheckDigit("123401")).startsWith("123401");
        assertThat(ReferenceNumber.of(1, 12)).hasSize(4).matches(ReferenceNumber::isValid);
        assertThatThrownBy(() -> ReferenceNumber.of(1, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReferenceNumber.withCheckDigit("12")).isInstanceOf(IllegalArgumentException.class);
    }
}
