package fi.avustus.actionplan;

import java.math.BigDecimal;

/**
 * One line of the financial outcome: a line of the approved financial plan with its actual amount,
 * or a line the plan did not have, which must say why it was added.
 *
 * @param planned the approved plan's amount; null on an added line
 * @param reason  why a line the plan did not have was added
 */
public record OutcomeLine(FinancialCategory category, String description, BigDecimal planned, BigDecimal actual,
                          String reason) {

    public boolean added() {
        return planned == null;
    }

    /** Actual minus planned; null while either is missing. */
    public BigDecimal difference() {
        return planned == null || actual == null ? null : actual.subtract(planned);
    }
}
