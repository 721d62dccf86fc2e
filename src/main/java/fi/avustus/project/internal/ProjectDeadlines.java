package fi.avustus.project.internal;

import fi.avustus.deadline.Deadline;
import fi.avustus.deadline.DeadlineJpql;
import fi.avustus.deadline.DeadlineQuery;
import fi.avustus.deadline.DeadlineSource;
import fi.avustus.deadline.DeadlineType;
import fi.avustus.security.Role;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Funded projects' deadlines for the registry, the project organisation's to meet: the end of the
 * usage period (a milestone rather than a task: done once it has passed), and the interim and
 * final reports' due dates as the project has them now, so that an extended project's new dates
 * show at once. Reports are never done here: the project does not know of submitted reports.
 */
@Component
class ProjectDeadlines implements DeadlineSource {

    private final EntityManager entityManager;

    ProjectDeadlines(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Deadline> deadlines(DeadlineQuery query) {
        boolean reports = query.wants(DeadlineType.REPORT);
        boolean usageEnds = query.wants(DeadlineType.USAGE_PERIOD_END);
        if (!(reports || usageEnds) || query.excludesOrganisations() || query.excludesCalls()) {
            return List.of();
        }
        // One query with the interim dates joined in; the dates are few per project, so they are matched here.
        return DeadlineJpql.of("select distinct p from Project p left join fetch p.interimReportsDue where 1 = 1")
                .andIn("p.organisationId", "organisations", query.organisationIds())
                .andIn("p.callId", "calls", query.callIds())
                .list(entityManager, Project.class).stream()
                .flatMap(project -> Stream.concat(usageEnds ? Stream.of(usageEnd(project, query)) : Stream.empty(),
                        reports ? reports(project, query).stream() : Stream.empty()))
                .filter(deadline -> query.covers(deadline.dueDate()))
                .toList();
    }

    private static Deadline usageEnd(Project project, DeadlineQuery query) {
        return deadline(DeadlineType.USAGE_PERIOD_END, project, "usage-end")
                .title("deadline.title.usagePeriodEnd")
                .due(project.getUsageEnd())
                .done(project.getUsageEnd().isBefore(query.today()))
                .build(query.now());
    }

    private static List<Deadline> reports(Project project, DeadlineQuery query) {
        List<Deadline> due = new ArrayList<>();
        List<LocalDate> interim = project.getInterimReportsDue();
        for (int i = 0; i < interim.size(); i++) {
            due.add(deadline(DeadlineType.REPORT, project, "interim-report:" + (i + 1))
                    .title("deadline.title.interimReport", i + 1).due(interim.get(i)).build(query.now()));
        }
        if (project.getFinalReportDue() != null) {
            due.add(deadline(DeadlineType.REPORT, project, "final-report")
                    .title("deadline.title.finalReport").due(project.getFinalReportDue()).build(query.now()));
        }
        return due;
    }

    private static Deadline.Builder deadline(DeadlineType type, Project project, String what) {
        return Deadline.of(type, "project:" + project.getId() + ":" + what)
                .call(project.getCallId())
                .organisation(project.getOrganisationId(), Role.APPLICANT)
                // The case page shows the decision the project was made from.
                .route("applications/" + project.getApplicationId());
    }
}
