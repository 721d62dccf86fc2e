package fi.avustus.review;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.shared.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostTotalsTest {

    @Test
    void costTotalsAddTheLinesAndCountBlanksAsZero() {
        CostTotals totals = CostTotals.of(List.of(AcceptedCostLine.asApplied("STAFF", 2026, null, Money.euros("100")),
                AcceptedCostLine.asApplied("TRAVEL", 2026, null, Money.euros("50.50")).withAccepted(Money.euros("20"), "x"),
                AcceptedCostLine.asApplied("OTHER", 2026, null, Money.euros("10")).withAccepted(null, null)));
        assertThat(totals).isEqualTo(new CostTotals(Money.euros("160.50"), Money.euros("120.00")));
        assertThat(totals.cut()).isEqualTo(Money.euros("40.50"));
    }

    @Test
    void aLineWithABlankAmountHasNoCut() {
        assertThat(AcceptedCostLine.asApplied("STAFF", 2026, null, Money.euros("100")).withAccepted(null, null).cut())
                .isEqualTo(Money.euros("0"));
        assertThat(AcceptedCostLine.asApplied("STAFF", 2026, null, Money.euros("100")).withAccepted(Money.euros("60"), null).cut())
                .isEqualTo(Money.euros("40"));
    }
}
