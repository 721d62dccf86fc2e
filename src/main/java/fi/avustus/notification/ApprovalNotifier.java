package fi.avustus.notification;

import fi.avustus.approval.Approvals;
import fi.avustus.approval.VoteReminderDue;
import fi.avustus.security.SystemUser;
import fi.avustus.security.UserSummary;
import fi.avustus.security.Users;
import fi.avustus.shared.Time;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reminds steering-group members who have not voted that the round's deadline is near, each in
 * their own language, in the reminder timer's transaction.
 */
@Component
class ApprovalNotifier {

    static final String APPROVALS_LINK = "approvals";
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");

    private final UserMessages messages;
    private final Approvals approvals;
    private final Users users;

    ApprovalNotifier(UserMessages messages, Approvals approvals, Users users) {
        this.messages = messages;
        this.approvals = approvals;
        this.users = users;
    }

    @EventListener
    void on(VoteReminderDue due) {
        String deadline = DAY_AND_TIME.format(due.deadline().atZone(Time.HELSINKI));
        for (String username : due.usernames()) {
            Locale language = users.find(username).map(UserSummary::locale).map(Locale::forLanguageTag)
                    .orElse(Locale.forLanguageTag("fi"));
            String title = SystemUser.call(() -> approvals.documentTitle(due.roundId(), language)).orElse("");
            messages.send(username, "notification.voteReminder", APPROVALS_LINK, title, deadline);
        }
    }
}
