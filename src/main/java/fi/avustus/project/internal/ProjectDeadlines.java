package fi.avustus.project.internal;

import fi.avustus.deadline.Deadline;
import fi.avustus.deadline.DeadlineJpql;
import fi.avustus.deadline.DeadlineQuery;
import fi.avustus.deadline.DeadlineSource;
import fi.avustus.deadline.DeadlineStatus;
import fi.avustus.deadline.DeadlineType;
import fi.avustus.security.Role;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Funded projects' deadlines for the registry: the end of the usage period, a milestone rather
 * than a task (done once it has passed), as the project has it now, so that an extension shows
 * at once. The reports' due dates come from the report module, which knows what is submitted.
 */
@Component
class ProjectDeadlines implements DeadlineSource {

    private final EntityManager entityManager;

    ProjectDeadlines(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Deadline> deadlines(DeadlineQuery query) {
        if (!query.wants(DeadlineType.USAGE_PERIOD_END) || query.excludesOrganisations() || query.excludesCalls()) {
            return List.of();
        }
        // A usage period's end is open until the day has passed, then done: never overdue.
        boolean open = query.wants(DeadlineStatus.OPEN);
        boolean done = query.wants(DeadlineStatus.DONE);
        if (!open && !done) {
            return List.of();
        }
        LocalDate today = query.today();
        return DeadlineJpql.of("select p from Project p where 1 = 1")
                .andIn("p.organisationId", "organisations", query.organisationIds())
                .andIn("p.callId", "calls", query.callIds())
                .andFrom("p.usageEnd", "from", later(query.from(), done ? null : today))
                .andTo("p.usageEnd", "to", earlier(query.to(), open ? null : today.minusDays(1)))
                .list(entityManager, Project.class).stream()
                .map(project -> usageEnd(project, query))
                .toList();
    }

    private static LocalDate later(LocalDate first, LocalDate second) {
        return first == null || (second != null && second.isAfter(first)) ? second : first;
    }

    private static LocalDate earlier(LocalDate first, LocalDate second) {
        return first == null || (second != null && second.isBefore(first)) ? second : first;
    }

    private static Deadline usageEnd(Project project, DeadlineQuery query) {
        return deadline(DeadlineType.USAGE_PERIOD_END, project, "usage-end")
                .title("deadline.title.usagePeriodEnd")
                .due(project.getUsageEnd())
                .done(project.getUsageEnd().isBefore(query.today()))
                .build(query.now());
    }

    private static Deadline.Builder deadline(DeadlineType type, Project project, String what) {
        return Deadline.of(type, "project:" + project.getId() + ":" + what)
                .call(project.getCallId())
                .organisation(project.getOrganisationId(), Role.APPLICANT)
                // The case page shows the decision the project was made from.
                .route("applications/" + project.getApplicationId());
    }
}
