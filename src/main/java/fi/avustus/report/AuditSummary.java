package fi.avustus.report;

import java.math.BigDecimal;
import java.time.Instant;

/** A final report picked for audit, and the audit's result once recorded. */
public record AuditSummary(long id, long reportId, long projectId, AuditReason reason, AuditResult result,
                           BigDecimal ineligibleCosts, String findings, String auditedBy, Instant auditedAt,
                           long version) {
}
