package fi.avustus.application.internal;

import fi.avustus.application.ApplicationStatus;
import fi.avustus.deadline.Deadline;
import fi.avustus.deadline.DeadlineJpql;
import fi.avustus.deadline.DeadlineQuery;
import fi.avustus.deadline.DeadlineSource;
import fi.avustus.deadline.DeadlineStatus;
import fi.avustus.deadline.DeadlineType;
import fi.avustus.programme.Calls;
import fi.avustus.security.Role;
import fi.avustus.shared.Time;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The applications' deadlines for the registry: a completion request's due date, which the
 * official set, while the application waits for its completion; and the closing time of a call
 * for every draft in it while the call is open. A draft in a call that has closed can no longer
 * be submitted, so it has no deadline left. Both are the applicant organisation's to meet.
 */
@Component
class ApplicationDeadlines implements DeadlineSource {

    private final EntityManager entityManager;
    private final Calls calls;

    ApplicationDeadlines(EntityManager entityManager, Calls calls) {
        this.entityManager = entityManager;
        this.calls = calls;
    }

    @Override
    public List<Deadline> deadlines(DeadlineQuery query) {
        // Neither kind is ever done here: a completed application or a submitted draft leaves the list.
        if (query.excludesOrganisations() || query.excludesCalls()
                || !(query.wants(DeadlineStatus.OPEN) || query.wants(DeadlineStatus.OVERDUE))) {
            return List.of();
        }
        List<Deadline> found = new ArrayList<>();
        if (query.wants(DeadlineType.COMPLETION_REQUEST)) {
            found.addAll(completionRequests(query));
        }
        // A call still open closes in the future: its drafts' deadlines are all open, none overdue.
        if (query.wants(DeadlineType.CALL_CLOSING) && query.wants(DeadlineStatus.OPEN)) {
            found.addAll(callClosings(query));
        }
        return found;
    }

    private List<Deadline> completionRequests(DeadlineQuery query) {
        return DeadlineJpql.of("select a from Application a where a.status = :status and a.completionDeadline is not null")
                .with("status", ApplicationStatus.COMPLETION_REQUESTED)
                .andIn("a.organisationId", "organisations", query.organisationIds())
                .andIn("a.callId", "calls", query.callIds())
                .andFrom("a.completionDeadline", "from", query.firstUnmetDueDate())
                .andTo("a.completionDeadline", "to", query.lastUnmetDueDate())
                .list(entityManager, Application.class).stream()
                .map(application -> deadline(DeadlineType.COMPLETION_REQUEST, "completion", application)
                        .title("deadline.title.completionRequest", name(application))
                        .due(application.getCompletionDeadline()).build(query.now()))
                .toList();
    }

    private List<Deadline> callClosings(DeadlineQuery query) {
        Map<Long, Instant> open = calls.openCallClosings().entrySet().stream()
                .filter(call -> query.callIds() == null || query.callIds().contains(call.getKey()))
                .filter(call -> query.covers(LocalDate.ofInstant(call.getValue(), Time.HELSINKI)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (open.isEmpty()) {
            return List.of();
        }
        return DeadlineJpql.of("select a from Application a where a.status = :status")
                .with("status", ApplicationStatus.DRAFT)
                .andIn("a.organisationId", "organisations", query.organisationIds())
                .andIn("a.callId", "calls", open.keySet())
                .list(entityManager, Application.class).stream()
                .map(draft -> deadline(DeadlineType.CALL_CLOSING, "call-closing", draft)
                        .title("deadline.title.callClosing", name(draft))
                        .dueAt(open.get(draft.getCallId())).build(query.now()))
                .toList();
    }

    private static Deadline.Builder deadline(DeadlineType type, String what, Application application) {
        return Deadline.of(type, "application:" + application.getId() + ":" + what)
                .call(application.getCallId())
                .organisation(application.getOrganisationId(), Role.APPLICANT)
                .route("applications/" + application.getId());
    }

    /** The project's name, or the application's number while it has none. */
    private static String name(Application application) {
        String name = application.getProjectName();
        return name == null || name.isBlank() ? "#" + application.getId() : name;
    }
}
