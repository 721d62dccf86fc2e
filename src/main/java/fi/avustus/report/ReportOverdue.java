package fi.avustus.report;

import java.time.LocalDate;

/** A report is still not in after its due date and the programme's grace days: administrators are told. */
public record ReportOverdue(long reportId, long projectId, long organisationId, ReportKind kind, LocalDate dueDate) {
}
