package fi.avustus.review;

import fi.avustus.shared.Money;
import java.math.BigDecimal;

/**
 * One cost line of the application as the decision accepts it. The application module hands in
 * its budget lines (this module does not depend on it), so the category is that module's code
 * (e.g. {@code STAFF}); screens and the letter translate it with this module's own texts. A line
 * is never added or removed by the decision, only cut: its accepted amount may be anything from
 * zero to what was applied for.
 *
 * @param description the applicant's own words for the line, may be null
 * @param note        why the line was cut, may be null
 */
public record AcceptedCostLine(String category, int year, String description, BigDecimal applied,
                               BigDecimal accepted, String note) {

    public static final int TEXT_MAX = 1000;

    /** A line accepted in full: the default until the presenter cuts it. */
    public static AcceptedCostLine asApplied(String category, int year, String description, BigDecimal applied) {
        return new AcceptedCostLine(category, year, description, applied, applied, null);
    }

    public AcceptedCostLine withAccepted(BigDecimal accepted, String note) {
        return new AcceptedCostLine(category, year, description, applied, accepted, note);
    }

    /** How much less than applied was accepted; zero while either amount is blank. */
    public BigDecimal cut() {
        if (applied == null || accepted == null) {
            return Money.normalise(BigDecimal.ZERO);
        }
        return Money.normalise(applied.subtract(accepted));
    }
}
