package fi.avustus.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A funded project as other modules and screens see it: its accepted budget and when its reports
 * are due.
 *
 * @param interimReportsDue earliest first
 * @param finalReportDue    null only for a project decided before the schedule was data
 * @param name              the application's project name, null for a project without one
 * @param contact           the contact person, {@link ProjectContact#NONE} until one is known
 */
public record ProjectSummary(long id, long applicationId, long decisionId, long callId, long organisationId,
                             BigDecimal grantedAmount, LocalDate usageStart, LocalDate usageEnd,
                             List<ProjectBudgetLine> budgetLines, List<LocalDate> interimReportsDue,
                             LocalDate finalReportDue, String name, ProjectStatus status, ProjectContact contact) {

    public ProjectSummary {
        budgetLines = List.copyOf(budgetLines);
        interimReportsDue = List.copyOf(interimReportsDue);
    }

    /** Every report's due date in order, the final report last: what the reporting cycle waits for. */
    public List<LocalDate> reportDueDates() {
        List<LocalDate> all = new ArrayList<>(interimReportsDue);
        if (finalReportDue != null) {
            all.add(finalReportDue);
        }
        return List.copyOf(all);
    }

    /** The accepted budget's total, which a reallocation keeps. */
    public BigDecimal budgetTotal() {
        return budgetLines.stream().map(ProjectBudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isOpen() {
        return status == ProjectStatus.OPEN;
    }
}
