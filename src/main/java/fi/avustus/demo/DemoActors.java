package fi.avustus.demo;

import fi.avustus.workflow.InboxTask;
import fi.avustus.workflow.TaskInbox;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo users at work: each step of the demo projects runs as the person whose step it is,
 * with their real roles and organisations, and takes its task from that person's own inbox, so
 * that every role check, the four-eyes rule and the audit trail name who did what.
 */
@Component
class DemoActors {

    private final UserDetailsService users;
    private final TaskInbox inbox;

    DemoActors(UserDetailsService users, TaskInbox inbox) {
        this.users = users;
        this.inbox = inbox;
    }

    <T> T as(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    /** The id of the task at this step of the case's process, as the user finds it in their inbox. */
    String task(String username, String processKey, String element, long caseId) {
        return as(username, () -> inbox.tasks(TaskInbox.InboxFilter.all()).stream()
                .filter(task -> task.processKey().equals(processKey) && task.element().equals(element)
                        && String.valueOf(caseId).equals(task.caseId()))
                .map(InboxTask::taskId).findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + processKey + " task " + element + " of case "
                        + caseId + " for " + username)));
    }
}
