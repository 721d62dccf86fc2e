package fi.avustus.notification;

import fi.avustus.application.ApplicationDetails;
import fi.avustus.application.ApplicationSubmitted;
import fi.avustus.application.ApplicationSummary;
import fi.avustus.application.ApplicationWithdrawn;
import fi.avustus.application.Applications;
import fi.avustus.application.CompletionReminderDue;
import fi.avustus.application.CompletionRequested;
import fi.avustus.review.DecisionMade;
import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import fi.avustus.security.Users;
import fi.avustus.shared.Time;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant organisation's people what happened to their application: each event
 * leaves a message for every applicant of that organisation, in the event's transaction.
 */
@Component
class ApplicationNotifier {

    private static final Logger log = LoggerFactory.getLogger(ApplicationNotifier.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final UserMessages messages;
    private final Applications applications;
    private final Users users;

    ApplicationNotifier(UserMessages messages, Applications applications, Users users) {
        this.messages = messages;
        this.applications = applications;
        this.users = users;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        tell(submitted.applicationId(), "notification.submitted");
    }

    @EventListener
    void on(CompletionRequested requested) {
        tell(requested.applicationId(), "notification.completionRequested", DAY.format(requested.deadline()));
    }

    @EventListener
    void on(CompletionReminderDue due) {
        tell(due.applicationId(), "notification.completionReminder",
                DAY.format(due.deadline().atZone(Time.HELSINKI).toLocalDate()));
    }

    @EventListener
    void on(ApplicationWithdrawn withdrawn) {
        tell(withdrawn.applicationId(), "notification.withdrawn");
    }

    @EventListener
    void on(DecisionMade decision) {
        tell(decision.applicationId(), decision.positive() ? "notification.granted" : "notification.notGranted");
    }

    private void tell(long applicationId, String key, String... more) {
        Optional<ApplicationDetails> found = SystemUser.call(() -> applications.find(applicationId));
        if (found.isEmpty()) {
            // A decision or event about no known application (e.g. recorded from elsewhere) has nobody to tell.
            log.warn("No application {} to send {} about", applicationId, key);
            return;
        }
        ApplicationSummary application = found.get().summary();
        String[] arguments = new String[more.length + 1];
        arguments[0] = application.projectName();
        System.arraycopy(more, 0, arguments, 1, more.length);
        SystemUser.call(() -> users.withRoleIn(Role.APPLICANT, application.organisationId())).forEach(user ->
                messages.send(user.username(), key, "applications/" + applicationId, arguments));
    }
}
