package fi.avustus.report;

import java.time.LocalDate;

/** A report is due in {@code daysLeft} days and not yet in: its organisation's people are reminded. */
public record ReportReminderDue(long reportId, long projectId, long organisationId, ReportKind kind, LocalDate dueDate,
                                long daysLeft) {
}
