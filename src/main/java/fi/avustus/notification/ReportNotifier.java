package fi.avustus.notification;

import fi.avustus.report.ReportOverdue;
import fi.avustus.report.ReportReminderDue;
import fi.avustus.report.ReportReturned;
import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import fi.avustus.security.Users;
import java.time.format.DateTimeFormatter;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the project's organisation that a report is due soon or was returned, and the
 * administrators that one is overdue, in the transaction of the timer or review that caused it:
 * each reminder reaches each person once.
 */
@Component
class ReportNotifier {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final UserMessages messages;
    private final Users users;

    ReportNotifier(UserMessages messages, Users users) {
        this.messages = messages;
        this.users = users;
    }

    @EventListener
    void on(ReportReminderDue due) {
        tellApplicants(due.organisationId(), "notification.reportReminder", "reports/" + due.reportId() + "/edit",
                DAY.format(due.dueDate()), String.valueOf(due.daysLeft()));
    }

    @EventListener
    void on(ReportReturned returned) {
        tellApplicants(returned.organisationId(), "notification.reportReturned", "reports/" + returned.reportId() + "/edit",
                DAY.format(returned.newDueDate()), returned.comment());
    }

    @EventListener
    void on(ReportOverdue overdue) {
        SystemUser.call(() -> users.withRole(Role.ADMIN)).forEach(admin -> messages.send(admin.username(),
                "notification.reportOverdue", "reports/" + overdue.reportId(), DAY.format(overdue.dueDate()),
                String.valueOf(overdue.projectId())));
    }

    private void tellApplicants(long organisationId, String key, String link, String... arguments) {
        SystemUser.call(() -> users.withRoleIn(Role.APPLICANT, organisationId))
                .forEach(user -> messages.send(user.username(), key, link, arguments));
    }
}
