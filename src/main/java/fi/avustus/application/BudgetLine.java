package fi.avustus.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/** One cost of the project plan: category, year, what it is and how much. Immutable (a class for Envers). */
@Embeddable
public class BudgetLine {

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private BudgetCategory category;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    /** For JPA and Envers only. */
    protected BudgetLine() {
    }

    public BudgetLine(BudgetCategory category, int year, String description, BigDecimal amount) {
        this.category = category;
        this.year = year;
        this.description = description;
        this.amount = amount;
    }

    public BudgetCategory category() {
        return category;
    }

    public int year() {
        return year;
    }

    public String description() {
        return description;
    }

    public BigDecimal amount() {
        return amount;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BudgetLine that && year == that.year && category == that.category
                && Objects.equals(description, that.description) && Objects.equals(amount, that.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(category, year, description, amount);
    }

    @Override
    public String toString() {
        return category + " " + year + " " + (amount == null ? "" : amount.toPlainString());
    }
}
