package fi.avustus.payment.internal;

import fi.avustus.payment.PaymentStatus;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.ReferenceNumber;
import fi.avustus.shared.AuditedEntity;
import fi.avustus.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** One instalment of a project's payment plan; its status only moves forward, planned → approved → paid. */
@Entity
@Audited
@Table(name = "payment_instalment")
public class PaymentInstalment extends AuditedEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "sequence_number", nullable = false)
    private int sequence;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PaymentStatus status = PaymentStatus.PLANNED;

    @Column(name = "reference", nullable = false, unique = true, length = 20)
    private String reference;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "paid_by")
    private String paidBy;

    @Column(name = "paid_at")
    private Instant paidAt;

    protected PaymentInstalment() {
    }

    public PaymentInstalment(long projectId, int sequence, LocalDate dueDate, BigDecimal amount) {
        this.projectId = projectId;
        this.sequence = sequence;
        this.dueDate = dueDate;
        this.amount = amount;
        this.reference = ReferenceNumber.of(projectId, sequence);
    }

    /** Refuses a second approval by name, before the version: "already approved" says more than "changed meanwhile". */
    public void approve(String username, Instant at, long expectedVersion) {
        if (status != PaymentStatus.PLANNED) {
            throw new DomainException("payment.error.alreadyApproved", reference);
        }
        requireVersion(expectedVersion);
        status = PaymentStatus.APPROVED;
        approvedBy = username;
        approvedAt = at;
    }

    public void markPaid(String username, Instant at, long expectedVersion) {
        if (status == PaymentStatus.PAID) {
            throw new DomainException("payment.error.alreadyPaid", reference);
        }
        if (status != PaymentStatus.APPROVED) {
            throw new DomainException("payment.error.notApproved", reference);
        }
        requireVersion(expectedVersion);
        status = PaymentStatus.PAID;
        paidBy = username;
        paidAt = at;
    }

    /** What is still to be paid of the plan: a smaller sum than planned, or nothing (cancelled). */
    public void settleTo(BigDecimal payable) {
        if (status != PaymentStatus.PLANNED) {
            throw new DomainException("payment.error.alreadyApproved", reference);
        }
        if (payable.signum() > 0) {
            amount = payable;
        } else {
            status = PaymentStatus.CANCELLED;
        }
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public long getProjectId() {
        return projectId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public PaymentSummary summary(long organisationId) {
        return new PaymentSummary(getId(), projectId, organisationId, sequence, dueDate, amount, status, reference,
                approvedBy, approvedAt, paidBy, paidAt, getVersion());
    }
}
