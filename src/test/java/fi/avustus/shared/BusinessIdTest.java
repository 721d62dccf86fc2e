package fi.avustus.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"0208201-1", "1234567-1", "0000000-0", "9000003-8", "1572860-0"})
    void acceptsIdsWithACorrectCheckDigit(String value) {
        assertThat(BusinessId.isValid(value)).isTrue();
        assertThat(BusinessId.of(" " + value + " ").value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0208201-2", "1234567-2", "123456-7", "12345678-9", "1234567_1", "abcdefg-h", "", " "})
    void refusesWrongCheckDigitsAndFormats(String value) {
        assertThat(BusinessId.isValid(value)).isFalse();
        assertThatThrownBy(() -> BusinessId.of(value)).isInstanceOf(DomainException.class)
                .extracting(error -> ((DomainException) error).messageKey()).isEqualTo("businessId.invalid");
    }

    @Test
    void noIdCanBeBuiltFromDigitsWhoseRemainderIsOne() {
        // 9000002: 9*7 + 2*2 = 67, and 67 mod 11 = 1: such IDs are never issued.
        assertThat(BusinessId.checkDigit("9000002")).isNull();
        assertThat(BusinessId.isValid("9000002-0")).isFalse();
        assertThat(BusinessId.isValid(null)).isFalse();
    }

    @Test
    void checkDigitFollowsTheWeights() {
        // 0208201: 0*7+2*9+0*10+8*5+2*8+0*4+1*2 = 76; 76 mod 11 = 10; 11-10 = 1
        assertThat(BusinessId.checkDigit("0208201")).isEqualTo(1);
    }
}
