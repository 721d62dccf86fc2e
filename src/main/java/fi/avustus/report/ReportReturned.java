package fi.avustus.report;

import java.time.LocalDate;

/** A report went back to the applicant for completion, with what is missing and the new due date. */
public record ReportReturned(long reportId, long projectId, long organisationId, ReportKind kind, String comment,
                             LocalDate newDueDate) {
}
