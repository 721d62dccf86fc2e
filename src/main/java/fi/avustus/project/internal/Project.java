package fi.avustus.project.internal;

import fi.avustus.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A grant in use: created once per positive decision. */
@Entity
@Audited
@Table(name = "project")
public class Project extends AuditedEntity {

    @Column(name = "application_id", nullable = false, unique = true)
    private long applicationId;

    @Column(name = "decision_id", nullable = false)
    private long decisionId;

    @Column(name = "call_id", nullable = false)
    private long callId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "granted_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal grantedAmount;

    @Column(name = "usage_start", nullable = false)
    private LocalDate usageStart;

    @Column(name = "usage_end", nullable = false)
    private LocalDate usageEnd;

    protected Project() {
    }

    public Project(long applicationId, long decisionId, long callId, long organisationId, BigDecimal grantedAmount,
                   LocalDate usageStart, LocalDate usageEnd) {
        this.applicationId = applicationId;
        this.decisionId = decisionId;
        this.callId = callId;
        this.organisationId = organisationId;
        this.grantedAmount = grantedAmount;
        this.usageStart = usageStart;
        this.usageEnd = usageEnd;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getDecisionId() {
        return decisionId;
    }

    public long getCallId() {
        return callId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public BigDecimal getGrantedAmount() {
        return grantedAmount;
    }

    public LocalDate getUsageStart() {
        return usageStart;
    }

    public LocalDate getUsageEnd() {
        return usageEnd;
    }
}
