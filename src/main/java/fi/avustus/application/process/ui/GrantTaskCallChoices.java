package fi.avustus.application.process.ui;

import fi.avustus.programme.CallStatus;
import fi.avustus.programme.Calls;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.workflow.CallChoice;
import fi.avustus.workflow.TaskFilterChoices;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The inbox narrows grant-application tasks by call: the process keeps the call's id in its
 * {@code callId} variable. Offered to the roles that work on applications, newest call first;
 * drafts and archived calls have no applications in progress.
 */
@Component
class GrantTaskCallChoices implements TaskFilterChoices {

    private final Calls calls;
    private final CurrentUser currentUser;

    GrantTaskCallChoices(Calls calls, CurrentUser currentUser) {
        this.calls = calls;
        this.currentUser = currentUser;
    }

    @Override
    public List<CallChoice> calls(Locale locale) {
        if (Stream.of(Role.OFFICIAL, Role.DECISION_MAKER, Role.ADMIN).noneMatch(currentUser::hasRole)) {
            return List.of();
        }
        return calls.search("", false, Pageable.unpaged(Sort.by(Sort.Direction.DESC, "openFrom", "id"))).stream()
                .filter(call -> call.status() == CallStatus.PUBLISHED)
                .map(call -> new CallChoice(call.id(), call.id() + " – " + call.title(locale)))
                .toList();
    }
}
