package fi.avustus.application;

import fi.avustus.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * The sums an applicant sees while typing and the submit rules check: total cost, the
 * self-financing share, the sum requested from the funder, and the partners' shares against the
 * total. Missing amounts count as zero, so that a half-filled form still shows its totals.
 *
 * @param selfFinancingPercent null while there are no costs (a share of nothing is undefined)
 */
public record BudgetTotals(BigDecimal totalCost, BigDecimal selfFinancing, BigDecimal selfFinancingPercent,
                           BigDecimal requested, BigDecimal partnerShares, boolean hasPartners) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public static BudgetTotals of(Collection<BudgetLine> lines, BigDecimal selfFinancing, Collection<Partner> partners) {
        BigDecimal total = Money.normalise(lines.stream().map(BudgetLine::amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal own = Money.normalise(selfFinancing == null ? BigDecimal.ZERO : selfFinancing);
        BigDecimal percent = total.signum() == 0 ? null
                : own.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP);
        BigDecimal shares = Money.normalise(partners.stream().map(Partner::budgetShare).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        return new BudgetTotals(total, own, percent, total.subtract(own), shares, !partners.isEmpty());
    }

    /** How far the partners' shares are from the total cost: positive when they exceed it. */
    public BigDecimal partnerDifference() {
        return partnerShares.subtract(totalCost);
    }

    /** Shares must add up exactly to the total when the project has partners; without partners there is nothing to split. */
    public boolean partnerSharesMatch() {
        return !hasPartners || partnerShares.compareTo(totalCost) == 0;
    }

    /** Whether the own share reaches a minimum percentage of the total; a plan without costs never does. */
    public boolean selfFinancingAtLeast(BigDecimal minimumPercent) {
        if (minimumPercent == null || minimumPercent.signum() == 0) {
            return true;
        }
        // Compared exactly (own × 100 ≥ min × total), not through the rounded percentage.
        return totalCost.signum() > 0 && selfFinancing.multiply(HUNDRED).compareTo(minimumPercent.multiply(totalCost)) >= 0;
    }
}
