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
import fi.avustus.review.DecisionSummary;
import fi.avustus.review.Decisions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
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
    ProjectDetailsDto get(@Parameter(description = "The project's id.") @PathVariable long projectId) {
        return withinReach(projectId, (project, decision) -> {
            BigDecimal paid = payments.ofProject(projectId).stream().filter(payment -> payment.status() == PaymentStatus.PAID)
                    .map(PaymentSummary::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new ProjectDetailsDto(ProjectDto.of(project), decision.map(DecisionDto::of).orElse(null), paid);
        });
    }

    @GetMapping("/{projectId}/payments")
    @Operation(operationId = "listProjectPayments", summary = "List a project's payments",
            description = "The project's instalments in order: planned, approved, paid or cancelled.")
    ApiPage<PaymentDto> payments(@Parameter(description = "The project's id.") @PathVariable long projectId, @ParameterObject @Valid PageQuery page) {
        return withinReach(projectId, (project, decision) -> ApiPage.of(payments.ofProject(projectId), page, PaymentDto::of));
    }

    @GetMapping("/{projectId}/reports")
    @Operation(operationId = "listProjectReports", summary = "List a project's reports",
            description = "The project's interim reports and final report in order, with their due dates and status.")
    ApiPage<ReportDto> reports(@Parameter(description = "The project's id.") @PathVariable long projectId, @ParameterObject @Valid PageQuery page) {
        return withinReach(projectId, (project, decision) -> ApiPage.of(reports.ofProject(projectId), page, ReportDto::of));
    }

    @GetMapping("/{projectId}/deadlines")
    @Operation(operationId = "listProjectDeadlines", summary = "List a project's deadlines",
            description = "The project's report deadlines and the end of its usage period, soonest first.")
    ApiPage<DeadlineDto> deadlines(@Parameter(description = "The project's id.") @PathVariable long projectId, @ParameterObject @Valid PageQuery page,
                                   HttpServletRequest request) {
        String ownKeys = "project:" + projectId + ":";
        Locale locale = language.of(request);
        return withinReach(projectId, (project, decision) -> ApiPage.of(deadlines.entries(DeadlineQuery.all()
                        .ofOrganisation(project.organisationId())).stream()
                        .filter(entry -> entry.deadline().sourceKey().startsWith(ownKeys)).toList(), page,
                entry -> DeadlineDto.of(entry, locale, (key, arguments) -> language.text(locale, key, arguments))));
    }

    /**
     * Reads the project and its parts, if the user may. Every role may ask, so a refusal on the way
     * means another organisation's project, which is answered as one that does not exist. The
     * decision is read first: the project module lets steering groups see projects, but a
     * project's decision, payments and reports are for its organisation and staff only.
     */
    private <T> T withinReach(long projectId, BiFunction<ProjectSummary, Optional<DecisionSummary>, T> read) {
        try {
            ProjectSummary project = projects.find(projectId).orElseThrow(() -> new NotFoundException("project " + projectId));
            return read.apply(project, decisions.ofApplication(project.applicationId()));
        } catch (AccessDeniedException outsideOrganisations) {
            throw new NotFoundException("project " + projectId);
        }
    }
}
