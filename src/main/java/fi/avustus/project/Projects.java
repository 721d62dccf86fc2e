package fi.avustus.project;

import fi.avustus.project.internal.Project;
import fi.avustus.project.internal.ProjectRepository;
import fi.avustus.review.DecisionMade;
import fi.avustus.review.DecisionSummary;
import fi.avustus.review.Decisions;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Funded projects: created by positive decisions; read by their organisations and by staff. */
@Service
@Transactional(readOnly = true)
public class Projects {

    private final ProjectRepository repository;
    private final Decisions decisions;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    Projects(ProjectRepository repository, Decisions decisions, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.repository = repository;
        this.decisions = decisions;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * A positive decision creates its project, in the decision's transaction; a repeat is ignored.
     * The event carries ids and the headline figures; the accepted budget and the report dates are
     * read from the decision itself, so the event stays small and the decision the one source.
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
        repository.save(project);
        events.publishEvent(new ProjectCreated(project.getId(), decision.decisionId(), project.getOrganisationId(),
                project.getGrantedAmount()));
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<ProjectSummary> ofApplication(long applicationId) {
        return repository.findByApplicationId(applicationId).map(project -> {
            if (!currentUser.canAccessOrganisation(project.getOrganisationId())
                    && !currentUser.hasRole(Role.STEERING_GROUP)) {
                throw new AccessDeniedException("project of application " + applicationId);
            }
            return summary(project);
        });
    }

    /** The projects of the current user's own organisations. */
    @PreAuthorize("isAuthenticated()")
    public List<ProjectSummary> mine() {
        return repository.findByOrganisationIdInOrderByUsageEndAsc(currentUser.organisationIds()).stream()
                .map(Projects::summary).toList();
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
                project.getFinalReportDue());
    }
}
