package fi.avustus.approval.internal;

import fi.avustus.approval.RoundStatus;
import fi.avustus.deadline.Deadline;
import fi.avustus.deadline.DeadlineJpql;
import fi.avustus.deadline.DeadlineQuery;
import fi.avustus.deadline.DeadlineSource;
import fi.avustus.deadline.DeadlineStatus;
import fi.avustus.deadline.DeadlineType;
import fi.avustus.organisation.SteeringGroupSummary;
import fi.avustus.shared.Time;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The steering groups' voting deadlines for the registry: a round is the group's to finish by its
 * deadline (the chair's new one, once extended), done once it has its outcome, overdue while it
 * waits past the deadline (for the chair, typically). The programme is that of the governing
 * group, when it governs a programme rather than a network.
 */
@Component
class RoundDeadlines implements DeadlineSource {

    private final EntityManager entityManager;
    private final GroupDirectory groups;

    RoundDeadlines(EntityManager entityManager, GroupDirectory groups) {
        this.entityManager = entityManager;
        this.groups = groups;
    }

    @Override
    public List<Deadline> deadlines(DeadlineQuery query) {
        if (!query.wants(DeadlineType.STEERING_GROUP_ROUND) || query.excludesSteeringGroups()) {
            return List.of();
        }
        DeadlineJpql rounds = DeadlineJpql.of("select r from ApprovalRound r where 1 = 1")
                .andIn("r.steeringGroupId", "groups", query.steeringGroupIds())
                .andFrom("r.deadline", "from", startOf(query.from()))
                .andBefore("r.deadline", "until", startOf(query.to() == null ? null : query.to().plusDays(1)));
        if (!query.wants(DeadlineStatus.DONE)) {
            rounds.and("r.status <> :closed", "closed", RoundStatus.CLOSED);
        }
        List<ApprovalRound> found = rounds.list(entityManager, ApprovalRound.class);
        // Groups are few: one look-up per group, not per round.
        Map<Long, SteeringGroupSummary> byId = found.stream().map(ApprovalRound::getSteeringGroupId).distinct()
                .map(groups::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(SteeringGroupSummary::id, Function.identity()));
        return found.stream().filter(round -> byId.containsKey(round.getSteeringGroupId()))
                .map(round -> deadline(round, byId.get(round.getSteeringGroupId()), query))
                .toList();
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Time.HELSINKI).toInstant();
    }

    private static Deadline deadline(ApprovalRound round, SteeringGroupSummary group, DeadlineQuery query) {
        return Deadline.of(DeadlineType.STEERING_GROUP_ROUND, "approval-round:" + round.getId())
                .title("deadline.title.round", group.name())
                .dueAt(round.getDeadline())
                .done(round.getStatus() == RoundStatus.CLOSED)
                .steeringGroup(group.id())
                .programme(group.programmeId())
                .route("approvals/rounds")
                .build(query.now());
    }
}
