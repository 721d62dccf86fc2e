package fi.avustus.report;

/** An audit's result was recorded: a project waiting for it is settled. */
public record AuditRecorded(long auditId, long reportId, long projectId) {
}
