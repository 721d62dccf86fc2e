package fi.avustus.recovery.internal;

import fi.avustus.deadline.Deadline;
import fi.avustus.deadline.DeadlineJpql;
import fi.avustus.deadline.DeadlineQuery;
import fi.avustus.deadline.DeadlineSource;
import fi.avustus.deadline.DeadlineType;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.recovery.ClaimStatus;
import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Recovery claims' due dates for the registry, the project organisation's to pay: done once the
 * claim is settled. A claim's call comes from its project (claims are few), so that the registry
 * can narrow them to a programme like any other deadline.
 */
@Component
class RecoveryDeadlines implements DeadlineSource {

    private final EntityManager entityManager;
    private final Projects projects;

    RecoveryDeadlines(EntityManager entityManager, Projects projects) {
        this.entityManager = entityManager;
        this.projects = projects;
    }

    @Override
    public List<Deadline> deadlines(DeadlineQuery query) {
        if (!query.wants(DeadlineType.RECOVERY_CLAIM) || query.excludesOrganisations() || query.excludesCalls()) {
            return List.of();
        }
        Map<Long, Long> callOfProject = new HashMap<>();
        return DeadlineJpql.of("select c from RecoveryClaim c where 1 = 1")
                .andIn("c.organisationId", "organisations", query.organisationIds())
                .andFrom("c.dueDate", "from", query.from())
                .andTo("c.dueDate", "to", query.to())
                .list(entityManager, RecoveryClaim.class).stream()
                .map(RecoveryClaim::summary)
                .map(claim -> Deadline.of(DeadlineType.RECOVERY_CLAIM, "recovery:" + claim.id())
                        .call(callOfProject.computeIfAbsent(claim.projectId(), this::callOf))
                        .organisation(claim.organisationId(), Role.APPLICANT)
                        .route("recoveries")
                        .title("deadline.title.recoveryClaim", claim.reference())
                        .due(claim.dueDate())
                        .done(claim.status() != ClaimStatus.OPEN)
                        .build(query.now()))
                .toList();
    }

    private Long callOf(long projectId) {
        return SystemUser.call(() -> projects.find(projectId)).map(ProjectSummary::callId).orElse(null);
    }
}
