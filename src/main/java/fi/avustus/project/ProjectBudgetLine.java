package fi.avustus.project;

import java.math.BigDecimal;

/**
 * One line of a project's accepted budget, as the decision accepted it: the budget that cost
 * statements are compared with. A line the decision cut to zero stays, so a reported cost in its
 * category is recognised as outside the budget rather than unknown.
 *
 * @param category the application's cost category code (e.g. {@code STAFF})
 * @param amount   the accepted amount in euros
 */
public record ProjectBudgetLine(String category, int year, String description, BigDecimal amount) {

    /** The same line with another amount: what a reallocation changes. */
    public ProjectBudgetLine withAmount(BigDecimal newAmount) {
        return new ProjectBudgetLine(category, year, description, newAmount);
    }
}
