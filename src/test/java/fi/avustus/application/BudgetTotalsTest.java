package fi.avustus.application;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetTotalsTest {

    private static final List<BudgetLine> LINES = List.of(
            new BudgetLine(BudgetCategory.STAFF, 2027, "Koordinaattori", Money.euros("100000")),
            new BudgetLine(BudgetCategory.TRAVEL, 2028, "Matkat", Money.euros("20000.50")));

    @Test
    void totalsSelfFinancingShareAndRequestedSum() {
        BudgetTotals totals = BudgetTotals.of(LINES, Money.euros("30000"), List.of());
        assertThat(totals.totalCost()).isEqualByComparingTo("120000.50");
        assertThat(totals.requested()).isEqualByComparingTo("90000.50");
        assertThat(totals.selfFinancingPercent()).isEqualByComparingTo("25.00");
        assertThat(totals.partnerSharesMatch()).isTrue();
    }

    @Test
    void theMinimumShareIsComparedExactlyNotThroughTheRoundedPercentage() {
        BudgetTotals justBelow = BudgetTotals.of(LINES, Money.euros("30000.12"), List.of());
        assertThat(justBelow.selfFinancingPercent()).isEqualByComparingTo("25.00");
        assertThat(justBelow.selfFinancingAtLeast(new BigDecimal("25"))).isFalse();
        assertThat(BudgetTotals.of(LINES, Money.euros("30000.13"), List.of()).selfFinancingAtLeast(new BigDecimal("25"))).isTrue();
    }

    @Test
    void anEmptyPlanHasNoPercentageAndNeverReachesAMinimum() {
        BudgetTotals empty = BudgetTotals.of(List.of(), null, List.of());
        assertThat(empty.totalCost()).isEqualByComparingTo("0");
        assertThat(empty.selfFinancingPercent()).isNull();
        assertThat(empty.selfFinancingAtLeast(BigDecimal.TEN)).isFalse();
        assertThat(empty.selfFinancingAtLeast(BigDecimal.ZERO)).isTrue();
    }

    @Test
    void partnerSharesAreComparedWithTheTotal() {
        List<Partner> partners = List.of(new Partner(1L, Money.euros("60000")), new Partner(2L, null));
        BudgetTotals totals = BudgetTotals.of(LINES, Money.euros("30000"), partners);
        assertThat(totals.partnerShares()).isEqualByComparingTo("60000");
        assertThat(totals.partnerDifference()).isEqualByComparingTo("-60000.50");
        assertThat(totals.partnerSharesMatch()).isFalse();
        List<Partner> exact = List.of(new Partner(1L, Money.euros("60000")), new Partner(2L, Money.euros("60000.50")));
        assertThat(BudgetTotals.of(LINES, null, exact).partnerSharesMatch()).isTrue();
    }

    @Test
    void linesWithoutAnAmountCountAsZeroWhileTyping() {
        List<BudgetLine> typing = List.of(new BudgetLine(BudgetCategory.OTHER, 2027, "", null));
        assertThat(BudgetTotals.of(typing, Money.euros("5"), List.of()).requested()).isEqualByComparingTo("-5");
    }
}
