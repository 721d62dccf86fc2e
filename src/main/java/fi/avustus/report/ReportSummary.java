package fi.avustus.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report as screens and the reporting process see it.
 *
 * @param sequence      1 for the first interim report; the final report comes after the last one
 * @param spentBefore   costs per budget line in the project's earlier submitted reports, for the
 *                      cumulative totals on the form; same order as the content's cost lines
 * @param acceptedCosts the eligible costs the financial check accepted (final report only)
 * @param version       for saving exactly what the writer saw
 */
public record ReportSummary(long id, long projectId, long organisationId, ReportKind kind, int sequence,
                            LocalDate dueDate, ReportStatus status, ReportContent content,
                            List<BigDecimal> spentBefore, Instant submittedAt, String submittedBy,
                            String returnComment, String reviewedBy, BigDecimal acceptedCosts,
                            String checkComment, long version) {

    public ReportSummary {
        spentBefore = spentBefore == null ? List.of() : List.copyOf(spentBefore);
    }
}
