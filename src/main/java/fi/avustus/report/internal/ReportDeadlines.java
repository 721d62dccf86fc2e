package fi.avustus.report.internal;

import fi.avustus.deadline.Deadline;
import fi.avustus.deadline.DeadlineJpql;
import fi.avustus.deadline.DeadlineQuery;
import fi.avustus.deadline.DeadlineSource;
import fi.avustus.deadline.DeadlineStatus;
import fi.avustus.deadline.DeadlineType;
import fi.avustus.report.ReportKind;
import fi.avustus.report.ReportStatus;
import fi.avustus.security.Role;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reports' due dates for the deadline registry, the project organisation's to meet: done once
 * submitted (a returned report is due again, by its completion date). The keys are the ones the
 * project's dates had before reports existed, so a deadline keeps its identity.
 */
@Component
class ReportDeadlines implements DeadlineSource {

    private static final List<ReportStatus> UNMET = Arrays.stream(ReportStatus.values()).filter(ReportStatus::editable).toList();

    private final EntityManager entityManager;

    ReportDeadlines(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Deadline> deadlines(DeadlineQuery query) {
        if (!query.wants(DeadlineType.REPORT) || query.excludesOrganisations() || query.excludesCalls()) {
            return List.of();
        }
        DeadlineJpql reports = DeadlineJpql.of("select r from Report r where 1 = 1")
                .andIn("r.organisationId", "organisations", query.organisationIds())
                .andIn("r.callId", "calls", query.callIds());
        if (query.wants(DeadlineStatus.DONE)) {
            reports.andFrom("r.dueDate", "from", query.from()).andTo("r.dueDate", "to", query.to());
        } else {
            // Only reports still to write, due within the dates their status allows: not every report ever due.
            reports.andIn("r.status", "unmet", UNMET)
                    .andFrom("r.dueDate", "from", query.firstUnmetDueDate())
                    .andTo("r.dueDate", "to", query.lastUnmetDueDate());
        }
        return reports.list(entityManager, Report.class).stream()
                .map(report -> deadline(report, query))
                .filter(deadline -> query.covers(deadline.dueDate()))
                .toList();
    }

    private static Deadline deadline(Report report, DeadlineQuery query) {
        boolean interim = report.getKind() == ReportKind.INTERIM;
        Deadline.Builder deadline = Deadline.of(DeadlineType.REPORT, "project:" + report.getProjectId() + ":"
                        + (interim ? "interim-report:" + report.getSequence() : "final-report"))
                .call(report.getCallId())
                .organisation(report.getOrganisationId(), Role.APPLICANT)
                .route("reports/" + report.getId())
                .due(report.getDueDate())
                .done(!report.getStatus().editable());
        return (interim ? deadline.title("deadline.title.interimReport", report.getSequence())
                : deadline.title("deadline.title.finalReport")).build(query.now());
    }
}
