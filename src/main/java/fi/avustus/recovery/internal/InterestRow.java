package fi.avustus.recovery.internal;

import fi.avustus.recovery.InterestLine;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a claim's interest calculation as stored: written with the claim, never changed. */
@Embeddable
public class InterestRow {

    @Column(name = "instalment_sequence", nullable = false)
    private int instalment;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(name = "paid_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal paidAmount;

    @Column(name = "principal", nullable = false, precision = 14, scale = 2)
    private BigDecimal principal;

    @Column(name = "days", nullable = false)
    private int days;

    @Column(name = "interest", nullable = false, precision = 14, scale = 2)
    private BigDecimal interest;

    protected InterestRow() {
    }

    InterestRow(InterestLine line) {
        this.instalment = line.instalment();
        this.paidOn = line.paidOn();
        this.paidAmount = line.paidAmount();
        this.principal = line.principal();
        this.days = line.days();
        this.interest = line.interest();
    }

    InterestLine line() {
        return new InterestLine(instalment, paidOn, paidAmount, principal, days, interest);
    }
}
