package fi.avustus.report.internal;

import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.security.CurrentUser;
import fi.avustus.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may reach a report's attachments: staff and the report's organisation read them; only the
 * organisation's applicant changes them, while the report is being written (due or returned) and
 * its project is open. A report outside the user's reach reads exactly like one that does not
 * exist, so that ids cannot be probed.
 */
@Component
public class ReportAccess {

    private final ReportRepository repository;
    private final Projects projects;
    private final CurrentUser currentUser;

    ReportAccess(ReportRepository repository, Projects projects, CurrentUser currentUser) {
        this.repository = repository;
        this.projects = projects;
        this.currentUser = currentUser;
    }

    public Report readable(long reportId) {
        return repository.findById(reportId).filter(report -> currentUser.canAccessOrganisation(report.getOrganisationId()))
                .orElseThrow(ReportAccess::notFound);
    }

    /** The applicant's own report, locked, while its attachments may change. */
    public Report attachmentsChangeable(long reportId) {
        Report report = repository.findForUpdate(reportId)
                .filter(found -> currentUser.organisationIds().contains(found.getOrganisationId()))
                .orElseThrow(ReportAccess::notFound);
        if (!report.getStatus().editable()) {
            throw new DomainException("report.error.status." + report.getStatus().name());
        }
        if (!projects.find(report.getProjectId()).map(ProjectSummary::isOpen).orElse(false)) {
            throw new DomainException("report.error.projectClosed");
        }
        return report;
    }

    private static DomainException notFound() {
        return new DomainException("report.error.notFound");
    }
}
