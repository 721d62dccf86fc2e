package fi.avustus.review.internal;

import fi.avustus.review.Instalment;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment instalment of a decision. Not a record: Envers needs a no-argument constructor. */
@Embeddable
public class InstalmentLine {

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    protected InstalmentLine() {
    }

    public InstalmentLine(Instalment instalment) {
        this.dueDate = instalment.dueDate();
        this.amount = instalment.amount();
    }

    public Instalment toInstalment() {
        return new Instalment(dueDate, amount);
    }
}
