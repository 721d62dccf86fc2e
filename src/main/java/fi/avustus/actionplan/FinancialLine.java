package fi.avustus.actionplan;

import java.math.BigDecimal;

/** One line of income or expenses in a financial plan, in euros. */
public record FinancialLine(FinancialCategory category, String description, BigDecimal amount) {
}
