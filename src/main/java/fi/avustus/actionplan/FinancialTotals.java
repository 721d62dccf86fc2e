package fi.avustus.actionplan;

import fi.avustus.shared.Money;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * Income, expenses and their balance (income minus expenses), as the editor shows them while
 * typing and the submit rule checks them. Missing amounts count as zero.
 */
public record FinancialTotals(BigDecimal income, BigDecimal expenses, BigDecimal balance) {

    public static FinancialTotals of(Collection<BigDecimal> income, Collection<BigDecimal> expenses) {
        BigDecimal in = sum(income);
        BigDecimal out = sum(expenses);
        return new FinancialTotals(in, out, in.subtract(out));
    }

    public boolean balanced() {
        return balance.signum() == 0;
    }

    private static BigDecimal sum(Collection<BigDecimal> amounts) {
        return Money.normalise(amounts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
