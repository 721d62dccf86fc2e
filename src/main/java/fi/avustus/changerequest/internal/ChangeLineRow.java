package fi.avustus.changerequest.internal;

import fi.avustus.changerequest.ChangeLine;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A reallocation's line. Not a record: Envers needs a no-argument constructor. */
@Embeddable
public class ChangeLineRow {

    @Column(name = "category", nullable = false, length = 50)
    private String category;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "amount_before", nullable = false, precision = 14, scale = 2)
    private BigDecimal before;

    @Column(name = "requested_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal requested;

    @Column(name = "decided_amount", precision = 14, scale = 2)
    private BigDecimal decided;

    protected ChangeLineRow() {
    }

    ChangeLineRow(ChangeLine line) {
        this.category = line.category();
        this.year = line.year();
        this.description = line.description();
        this.before = line.before();
        this.requested = line.requested();
        this.decided = line.decided();
    }

    ChangeLine toLine() {
        return new ChangeLine(category, year, description, before, requested, decided);
    }
}
