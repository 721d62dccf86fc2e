package fi.avustus.review;

import fi.avustus.shared.Money;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

/**
 * The applied and accepted totals of a decision's cost lines, for the rules, the live totals on
 * screen and the letter. Blank amounts count as zero, so a half-edited table still has totals.
 */
public record CostTotals(BigDecimal applied, BigDecimal accepted) {

    public static CostTotals of(Collection<AcceptedCostLine> lines) {
        return new CostTotals(sum(lines, AcceptedCostLine::applied), sum(lines, AcceptedCostLine::accepted));
    }

    public BigDecimal cut() {
        return Money.normalise(applied.subtract(accepted));
    }

    private static BigDecimal sum(Collection<AcceptedCostLine> lines, Function<AcceptedCostLine, BigDecimal> amount) {
        return Money.normalise(lines.stream().map(amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
