package fi.avustus.project.internal;

import fi.avustus.project.ProjectBudgetLine;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A line of a project's accepted budget. Not a record: Envers needs a no-argument constructor. */
@Embeddable
public class BudgetLineRow {

    @Column(name = "category", nullable = false, length = 50)
    private String category;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    protected BudgetLineRow() {
    }

    public BudgetLineRow(ProjectBudgetLine line) {
        this.category = line.category();
        this.year = line.year();
        this.description = line.description();
        this.amount = line.amount();
    }

    BudgetLineRow withAmount(BigDecimal newAmount) {
        return new BudgetLineRow(new ProjectBudgetLine(category, year, description, newAmount));
    }

    public ProjectBudgetLine toBudgetLine() {
        return new ProjectBudgetLine(category, year, description, amount);
    }
}
