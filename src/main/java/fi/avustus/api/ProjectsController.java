package fi.avustus.api;

import fi.avustus.deadline.DeadlineQuery;
import fi.avustus.deadline.Deadlines;
import fi.avustus.payment.PaymentStatus;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.Payments;
import fi.avustus.project.ProjectFilter;
import fi.avustus.project.ProjectStatus;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.report.Reports;
import fi.avustus.review.Decisions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Funded projects with their decision, payments, reports and deadlines: applicants see their own
 * organisations' projects, staff every one.
 */
@RestController
@RequestMapping(path = "/api/v1/projects", produces = "application/json")
@Tag(name = "Projects", description = "Funded projects with their decisions, payments, reports and deadlines: applicants "
        + "see their own organisations' projects, staff every one.")
class ProjectsController {

    private final Projects projects;
    private final Decisions decisions;
    private final Payments payments;
    private final Reports reports;
    private final Deadlines deadlines;
    private final ApiLanguage language;

    ProjectsController(Projects projects, Decisions decisions, Payments payments, Reports reports, Deadlines deadlines,
                       ApiLanguage language) {
        this.projects = projects;
        this.decisions = decisions;
        this.payments = payments;
        this.reports = reports;
        this.deadlines = deadlines;
        this.language = language;
    }

    @GetMapping
    @Operation(operationId = "listProjects", summary = "List projects",
            description = "The projects the user may see, the earliest end of usage period first.")
    ApiPage<ProjectDto> list(@Parameter(description = "Only the projects of this programme's calls.")
                             @RequestParam(required = false) Long programmeId,
                             @Parameter(description = "Only the projects of this call.") @RequestParam(required = false) Long callId,
                             @Parameter(description = "Only open or only closed projects.")
                             @RequestParam(required = false) ProjectStatus status,
                             @ParameterObject @Valid PageQuery page) {
        return ApiPage.of(projects.visible(new ProjectFilter(programmeId, callId, status), page.pageable()), ProjectDto::of);
    }

    @GetMapping("/{projectId}")
    @Operation(operationId = "getProject", summary = "Get a project",
            description = "One project with its decision and the sums paid. Another organisation's project is not found.")
    ProjectDetailsDto get(@PathVariable long projectId) {
        ProjectSummary project = readable(projectId);
        BigDecimal paid = payments.ofProject(projectId).stream().filter(payment -> payment.status() == PaymentStatus.PAID)
                .map(PaymentSummary::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ProjectDetailsDto(ProjectDto.of(project),
                decisions.ofApplication(project.applicationId()).map(DecisionDto::of).orElse(null), paid);
    }

    @GetMapping("/{projectId}/payments")
    @Operation(operationId = "listProjectPayments", summary = "List a project's payments",
            description = "The project's instalments in order: planned, approved, paid or cancelled.")
    ApiPage<PaymentDto> payments(@PathVariable long projectId, @ParameterObject @Valid PageQuery page) {
        readable(projectId);
        return ApiPage.of(payments.ofProject(projectId), page, PaymentDto::of);
    }

    @GetMapping("/{projectId}/reports")
    @Operation(operationId = "listProjectReports", summary = "List a project's reports",
            description = "The project's interim reports and final report in order, with their due dates and status.")
    ApiPage<ReportDto> reports(@PathVariable long projectId, @ParameterObject @Valid PageQuery page) {
        readable(projectId);
        return ApiPage.of(reports.ofProject(projectId), page, ReportDto::of);
    }

    @GetMapping("/{projectId}/deadlines")
    @Operation(operationId = "listProjectDeadlines", summary = "List a project's deadlines",
            description = "The project's report deadlines and the end of its usage period, soonest first.")
    ApiPage<DeadlineDto> deadlines(@PathVariable long projectId, @ParameterObject @Valid PageQuery page,
                                   HttpServletRequest request) {
        ProjectSummary project = readable(projectId);
        String ownKeys = "project:" + projectId + ":";
        Locale locale = language.of(request);
        return ApiPage.of(deadlines.entries(DeadlineQuery.all().ofOrganisation(project.organisationId())).stream()
                        .filter(entry -> entry.deadline().sourceKey().startsWith(ownKeys)).toList(), page,
                entry -> DeadlineDto.of(entry, locale, (key, arguments) -> language.text(locale, key, arguments)));
    }

    /** The project, if the user may read it: another organisation's project is answered as one that does not exist. */
    private ProjectSummary readable(long projectId) {
        try {
            return projects.find(projectId).orElseThrow(() -> new NotFoundException("project " + projectId));
        } catch (AccessDeniedException outsideOrganisations) {
            throw new NotFoundException("project " + projectId);
        }
    }
}
