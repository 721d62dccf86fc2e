package fi.avustus.recovery.internal;

import fi.avustus.payment.ReferenceNumber;
import fi.avustus.recovery.ClaimStatus;
import fi.avustus.recovery.ClaimSummary;
import fi.avustus.recovery.InterestLine;
import fi.avustus.shared.AuditedEntity;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Money;
import fi.avustus.shared.Validator;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A claim to return unused funds with interest. What is owed is fixed when the claim is made
 * (principal + interest); payments and reductions only add up against it, so the outstanding sum
 * is always total − reduced − paid and the claim is settled when that reaches zero.
 */
@Entity
@Audited
@Table(name = "recovery_claim")
public class RecoveryClaim extends AuditedEntity {

    /** How long the recipient has to pay, from the decision date. */
    public static final int DAYS_TO_PAY = 30;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "reference", nullable = false, updatable = false, length = 20)
    private String reference;

    @Column(name = "language", nullable = false, updatable = false, length = 2)
    private String language;

    @Column(name = "decision_date", nullable = false, updatable = false)
    private LocalDate decisionDate;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(name = "principal", nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal principal;

    @Column(name = "interest_percent", nullable = false, updatable = false, precision = 5, scale = 2)
    private BigDecimal interestPercent;

    @Column(name = "interest", nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal interest;

    @Column(name = "reduced", nullable = false, precision = 14, scale = 2)
    private BigDecimal reduced = Money.normalise(BigDecimal.ZERO);

    @Column(name = "paid", nullable = false, precision = 14, scale = 2)
    private BigDecimal paid = Money.normalise(BigDecimal.ZERO);

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ClaimStatus status = ClaimStatus.OPEN;

    /** The latest reduction's reason; the audit history keeps each earlier one with its amount. */
    @Column(name = "reduction_justification", length = Validator.TEXT_MAX)
    private String reductionJustification;

    @Column(name = "settled_at")
    private Instant settledAt;

    /** Read for a page of claims in a few queries rather than one per claim. */
    @NotAudited
    @BatchSize(size = 50)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recovery_interest_line", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "line_index")
    private List<InterestRow> interestLines = new ArrayList<>();

    protected RecoveryClaim() {
    }

    /**
     * @param language {@code fi} or {@code sv}
     * @param lines    the interest per payment; their principals add up to the reclaimed sum
     */
    public RecoveryClaim(long projectId, long organisationId, String language, LocalDate decisionDate,
                         BigDecimal interestPercent, List<InterestLine> lines) {
        this.projectId = projectId;
        this.organisationId = organisationId;
        // One claim per project, and the base ends in 00, which no instalment's reference has
        // (their sequence numbers are 01–99): the recipient's bank cannot mix them up.
        this.reference = ReferenceNumber.withCheckDigit(projectId + "00");
        this.language = language;
        this.decisionDate = decisionDate;
        this.dueDate = decisionDate.plusDays(DAYS_TO_PAY);
        this.interestPercent = interestPercent;
        this.principal = Money.normalise(lines.stream().map(InterestLine::principal).reduce(BigDecimal.ZERO, BigDecimal::add));
        this.interest = InterestCalculation.total(lines);
        lines.forEach(line -> interestLines.add(new InterestRow(line)));
    }

    /** Records a payment of part or all of the outstanding sum. */
    public void pay(BigDecimal amount, Instant at, long expectedVersion) {
        requireOpenAndCurrent(expectedVersion);
        amountWithinOutstanding(new Validator(), amount, "recovery.error.moreThanOwed").throwIfInvalid();
        paid = paid.add(Money.normalise(amount));
        settleIfNothingOutstanding(ClaimStatus.PAID, at);
    }

    /** Waives part or all of the outstanding sum, for a stated reason. */
    public void reduce(BigDecimal amount, String justification, Instant at, long expectedVersion) {
        requireOpenAndCurrent(expectedVersion);
        Validator validator = new Validator().requiredText("justification", justification, Validator.TEXT_MAX);
        amountWithinOutstanding(validator, amount, "recovery.error.belowZero").throwIfInvalid();
        reduced = reduced.add(Money.normalise(amount));
        reductionJustification = justification.strip();
        settleIfNothingOutstanding(ClaimStatus.REDUCED, at);
    }

    /** "Already settled" says more than "changed meanwhile", so the status is checked before the version. */
    private void requireOpenAndCurrent(long expectedVersion) {
        if (status.isSettled()) {
            throw new DomainException("recovery.error.settled", reference);
        }
        requireVersion(expectedVersion);
    }

    private Validator amountWithinOutstanding(Validator validator, BigDecimal amount, String overKey) {
        validator.required("amount", amount).money("amount", amount, Money.ABSURD);
        if (amount != null && amount.signum() >= 0) {
            validator.check(amount.signum() > 0, "amount", "recovery.validation.positive")
                    .check(amount.compareTo(outstanding()) <= 0, "amount", overKey, Money.format(outstanding()));
        }
        return validator;
    }

    private void settleIfNothingOutstanding(ClaimStatus settledBy, Instant at) {
        if (outstanding().signum() == 0) {
            status = settledBy;
            settledAt = at;
        }
    }

    public BigDecimal total() {
        return principal.add(interest);
    }

    public BigDecimal outstanding() {
        return total().subtract(reduced).subtract(paid);
    }

    public long getProjectId() {
        return projectId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getLanguage() {
        return language;
    }

    public ClaimSummary summary() {
        return new ClaimSummary(getId(), projectId, organisationId, reference, language, decisionDate, dueDate, principal,
                interestPercent, interest, total(), reduced, paid, outstanding(), status, reductionJustification,
                interestLines.stream().map(InterestRow::line).toList(), getVersion());
    }
}
