package fi.avustus.review.internal;

import fi.avustus.review.AcceptedCostLine;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An accepted cost line of a decision. Not a record: Envers needs a no-argument constructor. */
@Embeddable
public class CostLine {

    @Column(name = "category", nullable = false, length = 50)
    private String category;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Column(name = "description", length = AcceptedCostLine.TEXT_MAX)
    private String description;

    @Column(name = "applied_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal applied;

    @Column(name = "accepted_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal accepted;

    @Column(name = "note", length = AcceptedCostLine.TEXT_MAX)
    private String note;

    protected CostLine() {
    }

    public CostLine(AcceptedCostLine line) {
        this.category = line.category();
        this.year = line.year();
        this.description = line.description();
        this.applied = line.applied();
        this.accepted = line.accepted();
        this.note = line.note();
    }

    public AcceptedCostLine toAcceptedCostLine() {
        return new AcceptedCostLine(category, year, description, applied, accepted, note);
    }
}
