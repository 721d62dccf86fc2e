package fi.avustus.payment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A project's grant as payments see it. Its row is the lock that approvals and payments of the
 * project take in turn, so that two people never both fit an instalment under the same headroom.
 */
@Entity
@Table(name = "payment_account")
public class PaymentAccount {

    @Id
    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "granted_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal grantedAmount;

    protected PaymentAccount() {
    }

    public PaymentAccount(long projectId, long organisationId, BigDecimal grantedAmount) {
        this.projectId = projectId;
        this.organisationId = organisationId;
        this.grantedAmount = grantedAmount;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public BigDecimal getGrantedAmount() {
        return grantedAmount;
    }
}
