package fi.avustus.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.recovery.InterestLine;
import fi.avustus.recovery.internal.InterestCalculation.PaidInstalment;
import fi.avustus.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Simple interest, actual days / 365, on the reclaimed sum allocated to the latest payments first. */
class InterestCalculationTest {

    private static final LocalDate DECISION = LocalDate.of(2027, 11, 30);
    private static final List<PaidInstalment> PAID = List.of(
            new PaidInstalment(1, LocalDate.of(2026, 8, 1), Money.euros("24000")),
            new PaidInstalment(2, LocalDate.of(2027, 9, 1), Money.euros("16000")));

    @Test
    void theLatestPaymentCarriesTheReclaimedSumFirst() {
        // 1.9.–30.11.2027 is 90 days: 10 000 × 5 % × 90 / 365 = 123.287… → 123.29.
        List<InterestLine> lines = InterestCalculation.lines(PAID, Money.euros("10000"), new BigDecimal("5.00"), DECISION);
        assertThat(lines).containsExactly(new InterestLine(2, LocalDate.of(2027, 9, 1), Money.euros("16000"),
                Money.euros("10000"), 90, Money.euros("123.29")));
    }

    @Test
    void aSumLargerThanTheLatestPaymentReachesBackToTheEarlierOne() {
        // 1.8.2026–30.11.2027 is 486 days: 4 000 × 5 % × 486 / 365 = 266.301… → 266.30;
        // then the whole second instalment: 16 000 × 5 % × 90 / 365 = 197.260… → 197.26.
        List<InterestLine> lines = InterestCalculation.lines(PAID, Money.euros("20000"), new BigDecimal("5.00"), DECISION);
        assertThat(lines).containsExactly(
                new InterestLine(1, LocalDate.of(2026, 8, 1), Money.euros("24000"), Money.euros("4000"), 486, Money.euros("266.30")),
                new InterestLine(2, LocalDate.of(2027, 9, 1), Money.euros("16000"), Money.euros("16000"), 90, Money.euros("197.26")));
        assertThat(InterestCalculation.total(lines)).isEqualByComparingTo("463.56");
    }

    @Test
    void aPaymentOnTheDecisionDayEarnsNoInterestAndMoreThanWasPaidCannotBeReclaimed() {
        List<PaidInstalment> today = List.of(new PaidInstalment(1, DECISION, Money.euros("500")));
        assertThat(InterestCalculation.lines(today, Money.euros("500"), new BigDecimal("5.00"), DECISION))
                .extracting(InterestLine::interest).containsExactly(Money.euros("0"));
        assertThatThrownBy(() -> InterestCalculation.lines(today, Money.euros("500.01"), new BigDecimal("5.00"), DECISION))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
