package fi.avustus.recovery.internal;

import fi.avustus.recovery.Settlement;
import fi.avustus.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/**
 * A project's grant settled at its end, once: kept even when nothing is reclaimed, so that the
 * record shows the unused sum and the threshold it was judged against.
 */
@Entity
@Audited
@Table(name = "recovery_settlement")
public class RecoverySettlement extends AuditedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "paid", nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal paid;

    @Column(name = "accepted_costs", nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal acceptedCosts;

    @Column(name = "unused", nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal unused;

    @Column(name = "threshold", nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal threshold;

    @Column(name = "reclaimed", nullable = false, updatable = false)
    private boolean reclaimed;

    @Column(name = "claim_id", updatable = false)
    private Long claimId;

    protected RecoverySettlement() {
    }

    /** @param claimId the claim for the unused sum, null when it is at or below the threshold */
    public RecoverySettlement(long projectId, long organisationId, BigDecimal paid, BigDecimal acceptedCosts,
                              BigDecimal unused, BigDecimal threshold, Long claimId) {
        this.projectId = projectId;
        this.organisationId = organisationId;
        this.paid = paid;
        this.acceptedCosts = acceptedCosts;
        this.unused = unused;
        this.threshold = threshold;
        this.reclaimed = claimId != null;
        this.claimId = claimId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Settlement summary() {
        return new Settlement(projectId, paid, acceptedCosts, unused, reclaimed, claimId);
    }
}
