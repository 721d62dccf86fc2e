package fi.avustus.report;

/** The applicant submitted a report: the reporting process moves on to its review. */
public record ReportSubmitted(long reportId, long projectId, long organisationId, ReportKind kind, int sequence) {
}
