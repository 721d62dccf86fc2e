package fi.avustus.report;

import fi.avustus.application.ApplicationDetails;
import fi.avustus.application.Applications;
import fi.avustus.project.ProjectBudgetLine;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.report.ReportContent.CostLine;
import fi.avustus.report.ReportContent.ObjectiveProgress;
import fi.avustus.report.internal.Report;
import fi.avustus.report.internal.ReportAccess;
import fi.avustus.report.internal.ReportAttachmentStore;
import fi.avustus.report.internal.ReportCosts;
import fi.avustus.report.internal.ReportRepository;
import fi.avustus.report.internal.ReportJson;
import fi.avustus.report.internal.ReportRules;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import fi.avustus.shared.Validator;
import fi.avustus.shared.upload.AttachmentFile;
import fi.avustus.shared.upload.AttachmentSummary;
import fi.avustus.shared.upload.UploadRules;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A funded project's reports: the schedule made from the project's due dates, the applicant's
 * writing, attachments and submission, and the officials' review and checks (called by the
 * reporting process). Applicants only ever reach their own organisations' reports.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

    /** What one report's attachments may take together: as much as an application's. */
    public static final long ATTACHMENTS_MAX_BYTES = 50 * UploadRules.MEGABYTE;

    private final ReportRepository repository;
    private final ReportAccess access;
    private final ReportAttachmentStore attachments;
    private final Projects projects;
    private final Applications applications;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reports(ReportRepository repository, ReportAccess access, ReportAttachmentStore attachments, Projects projects,
            Applications applications, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.attachments = attachments;
        this.projects = projects;
        this.applications = applications;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The project's reports, one per due date, each started with the project's objectives and
     * budget lines; made once, a repeat returns the existing ones. Interim reports first.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<Long> schedule(long projectId) {
        return SystemUser.call(() -> {
            if (!repository.existsByProjectId(projectId)) {
                ProjectSummary project = projects.find(projectId).orElseThrow();
                ReportContent blank = blank(project);
                for (int i = 0; i < project.interimReportsDue().size(); i++) {
                    repository.save(new Report(projectId, project.callId(), project.organisationId(), ReportKind.INTERIM, i + 1,
                            project.interimReportsDue().get(i), ReportJson.write(blank)));
                }
                LocalDate finalDue = project.finalReportDue() != null ? project.finalReportDue()
                        : project.usageEnd().plusMonths(2);
                repository.save(new Report(projectId, project.callId(), project.organisationId(), ReportKind.FINAL, 1, finalDue,
                        ReportJson.write(blank)));
            }
            return repository.findByProject(projectId).stream().map(Report::getId).toList();
        });
    }

    private ReportContent blank(ProjectSummary project) {
        List<String> objectives = applications.find(project.applicationId()).map(ApplicationDetails::content)
                .map(content -> content.getObjectives()).orElse(List.of());
        return new ReportContent(null, null, null,
                objectives.stream().map(objective -> new ObjectiveProgress(objective, null)).toList(),
                List.of(),
                project.budgetLines().stream().map(Reports::costLine).toList());
    }

    private static CostLine costLine(ProjectBudgetLine line) {
        return new CostLine(line.category(), line.year(), line.description(), line.amount(), null);
    }

    @PreAuthorize("isAuthenticated()")
    public List<ReportSummary> ofProject(long projectId) {
        List<Report> reports = repository.findByProject(projectId);
        reports.forEach(this::requireAccess);
        // The project's reports are read once for all of them, not again for each one's earlier costs.
        return reports.stream().map(report -> summary(report, reports)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<ReportSummary> find(long reportId) {
        return repository.findById(reportId).map(report -> {
            requireAccess(report);
            return summary(report);
        });
    }

    /** Saves the applicant's unfinished report: checked for what is wrong, not for what is missing. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public ReportSummary save(long reportId, ReportContent content, long version) {
        Report report = ownEditable(reportId, version);
        ReportRules.forDraft(content).throwIfInvalid();
        report.write(ReportJson.write(content), Money.normalise(content.totalSpent()));
        return summary(repository.saveAndFlush(report));
    }

    /** Saves and submits the report, if it is complete and within the usage period and the budget. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public ReportSummary submit(long reportId, ReportContent content, long version) {
        Report report = ownEditable(reportId, version);
        ProjectSummary project = SystemUser.call(() -> projects.find(report.getProjectId()).orElseThrow());
        ReportRules.forSubmit(content, project.usageStart(), project.usageEnd(), spentBefore(report))
                .throwIfInvalid();
        report.write(ReportJson.write(content), Money.normalise(content.totalSpent()));
        report.submit(currentUser.requireUsername(), Instant.now(clock));
        Report saved = repository.saveAndFlush(report);
        events.publishEvent(new ReportSubmitted(saved.getId(), saved.getProjectId(), saved.getOrganisationId(),
                saved.getKind(), saved.getSequence()));
        return summary(saved);
    }

    /** The report's attachments, for its organisation and staff; another organisation's report is not found. */
    @PreAuthorize("isAuthenticated()")
    public List<AttachmentSummary> attachments(long reportId) {
        return attachments.list(access.readable(reportId).getId());
    }

    @PreAuthorize("isAuthenticated()")
    public AttachmentFile downloadAttachment(long reportId, long attachmentId) {
        return attachments.download(access.readable(reportId).getId(), attachmentId);
    }

    /**
     * Adds a file to the applicant's report while it is being written and the project is open;
     * submitting freezes the attachments with the rest of the report.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public AttachmentSummary uploadAttachment(long reportId, String fileName, InputStream content) {
        return attachments.upload(access.attachmentsChangeable(reportId).getId(), fileName, content);
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void deleteAttachment(long reportId, long attachmentId) {
        attachments.delete(access.attachmentsChangeable(reportId).getId(), attachmentId);
    }

    /** The official's review of an interim report: accepted. */
    @PreAuthorize("hasAnyRole('OFFICIAL', 'ADMIN')")
    @Transactional
    public ReportSummary accept(long reportId, String comment) {
        new Validator().maxLength("comment", comment, Validator.TEXT_MAX).throwIfInvalid();
        Report report = repository.findById(reportId).orElseThrow(() -> new DomainException("report.error.notFound"));
        report.accept(currentUser.requireUsername(), Instant.now(clock), comment);
        return summary(repository.saveAndFlush(report));
    }

    /** The report goes back to the applicant with what is missing and a new due date. */
    @PreAuthorize("hasAnyRole('OFFICIAL', 'ADMIN')")
    @Transactional
    public ReportSummary returnForCompletion(long reportId, String comment, LocalDate newDueDate) {
        LocalDate today = LocalDate.now(clock.withZone(Time.HELSINKI));
        new Validator().requiredText("comment", comment, Validator.TEXT_MAX)
                .required("newDueDate", newDueDate)
                .check(newDueDate == null || newDueDate.isAfter(today), "newDueDate", "report.dueDate.past")
                .throwIfInvalid();
        Report report = repository.findById(reportId).orElseThrow(() -> new DomainException("report.error.notFound"));
        report.returnForCompletion(currentUser.requireUsername(), Instant.now(clock), comment, newDueDate);
        return summary(repository.saveAndFlush(report));
    }

    /** The content check of a final report passed. */
    @PreAuthorize("hasAnyRole('OFFICIAL', 'ADMIN')")
    @Transactional
    public ReportSummary passContentCheck(long reportId) {
        Report report = finalReport(reportId);
        report.recordContentCheck(currentUser.requireUsername());
        return summary(repository.saveAndFlush(report));
    }

    /**
     * The financial check of a final report passed with the eligible costs it accepts: never
     * more than the costs reported over the whole project.
     */
    @PreAuthorize("hasAnyRole('OFFICIAL', 'ADMIN')")
    @Transactional
    public ReportSummary passFinancialCheck(long reportId, BigDecimal acceptedCosts, String comment) {
        Report report = finalReport(reportId);
        BigDecimal reported = reportedSpent(report.getProjectId());
        Validator validator = new Validator().required("acceptedCosts", acceptedCosts)
                .money("acceptedCosts", acceptedCosts, Money.ABSURD)
                .maxLength("comment", comment, Validator.TEXT_MAX);
        if (acceptedCosts != null) {
            validator.check(acceptedCosts.compareTo(reported) <= 0, "acceptedCosts", "report.acceptedCosts.overReported",
                    Money.format(reported));
            validator.check(acceptedCosts.compareTo(reported) == 0 || (comment != null && !comment.isBlank()),
                    "comment", "report.acceptedCosts.reasonRequired");
        }
        validator.throwIfInvalid();
        report.recordFinancialCheck(currentUser.requireUsername(), Money.normalise(acceptedCosts), comment);
        return summary(repository.saveAndFlush(report));
    }

    /** Both checks of the final report passed: it is accepted with the financial check's costs. */
    @PreAuthorize("hasAnyRole('OFFICIAL', 'ADMIN')")
    @Transactional
    public ReportSummary acceptFinal(long reportId) {
        Report report = finalReport(reportId);
        if (report.getContentCheckedBy() == null || report.getFinancialCheckedBy() == null) {
            throw new DomainException("report.error.checksOpen");
        }
        report.accept(report.getFinancialCheckedBy(), Instant.now(clock), report.getCheckComment());
        return summary(repository.saveAndFlush(report));
    }

    /** The eligible costs the final report's financial check accepted; nothing before that check. */
    public BigDecimal acceptedCosts(long projectId) {
        return repository.findByProject(projectId).stream().filter(report -> report.getKind() == ReportKind.FINAL)
                .map(Report::getAcceptedCosts).filter(java.util.Objects::nonNull).findFirst().orElse(BigDecimal.ZERO);
    }

    /** The costs reported over the whole project, in the reports submitted or accepted. */
    public BigDecimal reportedSpent(long projectId) {
        return repository.spentOf(projectId, ReportCosts.REPORTED);
    }

    /** A change of the project's schedule moves the due dates of the reports not yet in (as the system, for an accepted change). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void moveDueDates(long projectId, List<LocalDate> interimReportsDue, LocalDate finalReportDue) {
        for (Report report : repository.findByProject(projectId)) {
            if (report.getKind() == ReportKind.FINAL) {
                report.moveDueDate(finalReportDue);
            } else if (report.getSequence() <= interimReportsDue.size()) {
                report.moveDueDate(interimReportsDue.get(report.getSequence() - 1));
            }
        }
    }

    private Report finalReport(long reportId) {
        Report report = repository.findById(reportId).orElseThrow(() -> new DomainException("report.error.notFound"));
        if (report.getKind() != ReportKind.FINAL) {
            throw new DomainException("report.error.notFinal");
        }
        return report;
    }

    private Report ownEditable(long reportId, long version) {
        Report report = repository.findById(reportId).orElseThrow(() -> new DomainException("report.error.notFound"));
        if (!currentUser.organisationIds().contains(report.getOrganisationId())) {
            throw new AccessDeniedException("report " + reportId);
        }
        if (report.getVersion() != version) {
            throw new DomainException("report.error.changed");
        }
        if (!report.getStatus().editable()) {
            throw new DomainException("report.error.status." + report.getStatus().name());
        }
        return report;
    }

    private void requireAccess(Report report) {
        if (!currentUser.canAccessOrganisation(report.getOrganisationId())) {
            throw new AccessDeniedException("report " + report.getId());
        }
    }

    /** Each budget line's costs in the project's reports before this one that were submitted or accepted. */
    private List<BigDecimal> spentBefore(Report report) {
        return ReportCosts.spentBefore(report, repository.findByProject(report.getProjectId()));
    }

    private ReportSummary summary(Report report) {
        return summary(report, repository.findByProject(report.getProjectId()));
    }

    private static ReportSummary summary(Report report, List<Report> projectReports) {
        return new ReportSummary(report.getId(), report.getProjectId(), report.getOrganisationId(), report.getKind(),
                report.getSequence(), report.getDueDate(), report.getStatus(), ReportJson.read(report.getContent()),
                ReportCosts.spentBefore(report, projectReports), report.getSubmittedAt(), report.getSubmittedBy(), report.getReturnComment(),
                report.getReviewedBy(), report.getAcceptedCosts(), report.getCheckComment(), report.getVersion());
    }
}
