package fi.avustus.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Messages (and so their e-mails) without the application process behind them. */
public final class NotificationFixtures {

    private NotificationFixtures() {
    }

    /** Leaves a "received" message about {@code projectName} for each user, in one transaction. */
    public static void tell(UserMessages messages, PlatformTransactionManager transactionManager, String projectName,
                            String... usernames) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            for (String username : usernames) {
                messages.send(username, "notification.submitted", "applications/0", projectName);
            }
        });
    }

    /** Makes the e-mails about {@code projectName} look given up after their last attempt. */
    public static void giveUp(JdbcTemplate jdbc, String projectName) {
        jdbc.update("update avustus.mail_outbox set status = 'FAILED', attempts = 8, last_error = 'test'"
                + " where position(? in subject) > 0", projectName);
    }
}
