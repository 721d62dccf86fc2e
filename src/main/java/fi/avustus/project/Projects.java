package fi.avustus.project;

import fi.avustus.application.ApplicationDetails;
import fi.avustus.application.ApplicationForm;
import fi.avustus.application.Applications;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.project.internal.Project;
import fi.avustus.project.internal.ProjectRepository;
import fi.avustus.review.DecisionMade;
import fi.avustus.review.DecisionSummary;
import fi.avustus.review.Decisions;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Time;
import fi.avustus.shared.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funded projects: created by positive decisions; read by their organisations and by staff;
 * changed only by accepted change requests (the change-request module calls the change methods
 * as the system user, never a screen) and closed at the end of reporting. A closed project
 * refuses every change.
 */
@Service
@Transactional(readOnly = true)
public class Projects {

    private static final Sort LIST_ORDER = Sort.by("usageEnd", "id");

    private final ProjectRepository repository;
    private final Decisions decisions;
    private final Applications applications;
    private final Calls calls;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Projects(ProjectRepository repository, Decisions decisions, Applications applications, Calls calls,
             CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.decisions = decisions;
        this.applications = applications;
        this.calls = calls;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A positive decision creates its project, in the decision's transaction; a repeat is ignored.
     * The event carries ids and the headline figures; the accepted budget and the report dates are
     * read from the decision itself, so the event stays small and the decision the one source. The
     * project's name and first contact person are the application's.
     */
    @EventListener
    @Transactional
    public void on(DecisionMade decision) {
        if (!decision.positive() || repository.findByApplicationId(decision.applicationId()).isPresent()) {
            return;
        }
        DecisionSummary details = SystemUser.call(() -> decisions.find(decision.decisionId()).orElseThrow());
        Project project = new Project(decision.applicationId(), decision.decisionId(), details.callId(),
                details.organisationId(), decision.grantedAmount(), decision.usageStart(), decision.usageEnd());
        project.setBudget(details.costLines().stream()
                .map(line -> new ProjectBudgetLine(line.category(), line.year(), line.description(), line.accepted()))
                .toList());
        project.setReportsDue(details.reportingSchedule().interimReports(), details.reportingSchedule().finalReportDue());
        SystemUser.call(() -> applications.find(decision.applicationId())).map(ApplicationDetails::content)
                .ifPresent(application -> describe(project, application));
        repository.save(project);
        events.publishEvent(new ProjectCreated(project.getId(), decision.decisionId(), project.getOrganisationId(),
                project.getGrantedAmount()));
    }

    private static void describe(Project project, ApplicationForm application) {
        project.setName(application.getProjectName() == null || application.getProjectName().isBlank() ? null
                : application.getProjectName().strip());
        project.setContact(new ProjectContact(application.getContactName(), application.getContactEmail(),
                application.getContactPhone()));
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<ProjectSummary> ofApplication(long applicationId) {
        return repository.findByApplicationId(applicationId).map(this::readable);
    }

    /** A project by its id, for the modules that keep only the id (payments, recovery). */
    @PreAuthorize("isAuthenticated()")
    public Optional<ProjectSummary> find(long projectId) {
        return repository.findById(projectId).map(this::readable);
    }

    private ProjectSummary readable(Project project) {
        if (!currentUser.canAccessOrganisation(project.getOrganisationId()) && !currentUser.hasRole(Role.STEERING_GROUP)) {
            throw new AccessDeniedException("project " + project.getId());
        }
        return summary(project);
    }

    /** The projects of the current user's own organisations. */
    @PreAuthorize("isAuthenticated()")
    public List<ProjectSummary> mine() {
        return repository.findByOrganisationIdInOrderByUsageEndAsc(currentUser.organisationIds()).stream()
                .map(Projects::summary).toList();
    }

    /** Every organisation's projects for staff, narrowed by programme, call and status; earliest usage end first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER')")
    public Page<ProjectSummary> list(ProjectFilter filter, Pageable pageable) {
        return page(filter, null, pageable);
    }

    /**
     * The projects the user may list, a page at a time, as {@link #list}: staff see every
     * organisation's, anyone else their own organisations'.
     */
    @PreAuthorize("isAuthenticated()")
    public Page<ProjectSummary> visible(ProjectFilter filter, Pageable pageable) {
        boolean staff = currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.OFFICIAL)
                || currentUser.hasRole(Role.DECISION_MAKER);
        return page(filter, staff ? null : currentUser.organisationIds(), pageable);
    }

    /** @param organisationIds null for every organisation's */
    private Page<ProjectSummary> page(ProjectFilter filter, Collection<Long> organisationIds, Pageable pageable) {
        Collection<Long> callIds = null;
        if (filter.callId() != null) {
            callIds = List.of(filter.callId());
        } else if (filter.programmeId() != null) {
            // Only the ids narrow the list, so applicants may filter by a programme's calls too.
            callIds = SystemUser.call(() -> calls.ofProgramme(filter.programmeId())).stream().map(CallSummary::id).toList();
        }
        Sort sort = pageable.getSortOr(LIST_ORDER);
        Pageable ordered = pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
        return repository.findAll(ProjectRepository.matching(callIds, filter.status())
                .and(ProjectRepository.ofOrganisations(organisationIds)), ordered).map(Projects::summary);
    }

    /** Closes the project at the end of its reporting; closing a closed project changes nothing. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProjectSummary close(long projectId) {
        Project project = lock(projectId);
        if (project.getStatus() == ProjectStatus.OPEN) {
            project.close(clock.instant());
            events.publishEvent(new ProjectClosed(projectId, project.getOrganisationId()));
        }
        return summary(project);
    }

    /**
     * Extends the usage period: the end moves to the new date and every report due date that has
     * not yet passed (today in Helsinki) moves by as many days. Listeners of
     * {@link ProjectScheduleChanged} move what waits for those dates, in this transaction.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProjectSummary extendUsage(long projectId, LocalDate newUsageEnd) {
        Project project = lock(projectId);
        ProjectSummary before = requireOpen(project);
        LocalDate today = LocalDate.now(clock.withZone(Time.HELSINKI));
        ProjectChangeRules.extension(before, newUsageEnd, today, new Validator()).throwIfInvalid();
        long shift = ChronoUnit.DAYS.between(before.usageEnd(), newUsageEnd);
        project.setUsageEnd(newUsageEnd);
        project.setReportsDue(before.interimReportsDue().stream().map(due -> ProjectChangeRules.shifted(due, today, shift)).toList(),
                ProjectChangeRules.shifted(before.finalReportDue(), today, shift));
        ProjectSummary after = summary(repository.saveAndFlush(project));
        events.publishEvent(new ProjectScheduleChanged(projectId, after.usageEnd(), after.interimReportsDue(),
                after.finalReportDue(), shift));
        return after;
    }

    /** Moves money between the accepted budget lines: the same lines, the same total, none negative. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProjectSummary reallocate(long projectId, List<ProjectBudgetLine> lines) {
        Project project = lock(projectId);
        ProjectChangeRules.reallocation(requireOpen(project), lines, new Validator()).throwIfInvalid();
        project.setAmounts(lines.stream().map(ProjectBudgetLine::amount).toList());
        return summary(repository.saveAndFlush(project));
    }

    /** Names a new contact person for the project. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProjectSummary changeContact(long projectId, ProjectContact contact) {
        Project project = lock(projectId);
        requireOpen(project);
        ProjectChangeRules.contact(contact, new Validator()).throwIfInvalid();
        project.setContact(contact);
        return summary(repository.saveAndFlush(project));
    }

    private Project lock(long projectId) {
        return repository.lock(projectId).orElseThrow(() -> new DomainException("project.error.notFound", String.valueOf(projectId)));
    }

    private static ProjectSummary requireOpen(Project project) {
        ProjectSummary summary = summary(project);
        ProjectChangeRules.requireOpen(summary);
        return summary;
    }

    /** The names of these projects, read together in one query, for staff's lists of other modules' rows. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER')")
    public Map<Long, ProjectName> names(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        return repository.names(projectIds).stream().collect(Collectors.toMap(ProjectName::projectId, Function.identity()));
    }

    /** Every project, for staff's overviews across organisations. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER')")
    public List<ProjectSummary> all() {
        return repository.findAll(Sort.by("id")).stream().map(Projects::summary).toList();
    }

    private static ProjectSummary summary(Project project) {
        return new ProjectSummary(project.getId(), project.getApplicationId(), project.getDecisionId(),
                project.getCallId(), project.getOrganisationId(), project.getGrantedAmount(), project.getUsageStart(),
                project.getUsageEnd(), project.getBudgetLines(), project.getInterimReportsDue(),
                project.getFinalReportDue(), project.getName(), project.getStatus(), project.getContact());
    }
}
