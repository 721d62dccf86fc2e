package fi.avustus.report.internal;

import fi.avustus.report.AuditReason;
import fi.avustus.report.AuditResult;
import fi.avustus.report.AuditSummary;
import fi.avustus.shared.AuditedEntity;
import fi.avustus.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A final report picked for audit; its result is recorded once. */
@Entity
@Audited
@Table(name = "report_audit")
public class ReportAudit extends AuditedEntity {

    @Column(name = "report_id", nullable = false, unique = true)
    private long reportId;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditReason reason;

    @Enumerated(EnumType.STRING)
    private AuditResult result;

    @Column(name = "ineligible_costs", precision = 14, scale = 2)
    private BigDecimal ineligibleCosts;

    private String findings;

    @Column(name = "audited_by")
    private String auditedBy;

    @Column(name = "audited_at")
    private Instant auditedAt;

    protected ReportAudit() {
    }

    public ReportAudit(long reportId, long projectId, AuditReason reason) {
        this.reportId = reportId;
        this.projectId = projectId;
        this.reason = reason;
    }

    public void record(AuditResult result, BigDecimal ineligibleCosts, String findings, String username, Instant at,
                       long expectedVersion) {
        if (this.result != null) {
            throw new DomainException("reportAudit.error.recorded");
        }
        if (getVersion() != expectedVersion) {
            throw new DomainException("report.error.changed");
        }
        this.result = result;
        this.ineligibleCosts = result == AuditResult.FINDINGS ? ineligibleCosts : BigDecimal.ZERO.setScale(2);
        this.findings = findings;
        auditedBy = username;
        auditedAt = at;
    }

    public long getReportId() {
        return reportId;
    }

    public long getProjectId() {
        return projectId;
    }

    public AuditResult getResult() {
        return result;
    }

    public BigDecimal getIneligibleCosts() {
        return ineligibleCosts;
    }

    public AuditSummary summary() {
        return new AuditSummary(getId(), reportId, projectId, reason, result, ineligibleCosts, findings, auditedBy,
                auditedAt, getVersion());
    }
}
