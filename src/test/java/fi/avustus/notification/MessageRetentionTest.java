package fi.avustus.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Old e-mails and in-app messages go after their retention period; nothing waiting to be sent does. */
@IntegrationTest
class MessageRetentionTest {

    @Autowired MessageRetention retention;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void sentMailsGoAfterNinetyDaysAndMessagesWithTheirMailsAfterTwoYears() {
        Instant now = clock.instant();
        Instant threeYearsAgo = now.minus(Duration.ofDays(3 * 365));
        Instant hundredDaysAgo = now.minus(Duration.ofDays(100));
        Instant tenDaysAgo = now.minus(Duration.ofDays(10));
        long oldSent = message(threeYearsAgo);
        long oldSentMail = mail(oldSent, "SENT", threeYearsAgo);
        long oldPending = message(threeYearsAgo);
        long oldPendingMail = mail(oldPending, "PENDING", null);
        long oldFailed = message(threeYearsAgo);
        long oldFailedMail = mail(oldFailed, "FAILED", null);
        long oldWithoutMail = message(threeYearsAgo);
        long recentlySent = message(hundredDaysAgo);
        long recentlySentMail = mail(recentlySent, "SENT", hundredDaysAgo);
        long fresh = message(tenDaysAgo);
        long freshMail = mail(fresh, "SENT", tenDaysAgo);

        MessageRetention.Removed removed = retention.removeExpired();

        assertThat(existing("user_message", List.of(oldSent, oldPending, oldFailed, oldWithoutMail, recentlySent, fresh)))
                .containsExactlyInAnyOrder(oldPending, recentlySent, fresh);
        assertThat(existing("mail_outbox", List.of(oldSentMail, oldPendingMail, oldFailedMail, recentlySentMail, freshMail)))
                .containsExactlyInAnyOrder(oldPendingMail, freshMail);
        assertThat(removed.sentMails()).isGreaterThanOrEqualTo(2);
        assertThat(removed.messages()).isGreaterThanOrEqualTo(3);
        assertThat(retention.removeExpired()).as("a second run the same night").isEqualTo(new MessageRetention.Removed(0, 0));
    }

    private long message(Instant created) {
        return jdbc.queryForObject("""
                insert into avustus.user_message (username, message_key, arguments, link, created_at)
                values ('retention.test', 'message.test', '[]', 'home', ?) returning id
                """, Long.class, Timestamp.from(created));
    }

    private long mail(long messageId, String status, Instant sent) {
        return jdbc.queryForObject("""
                insert into avustus.mail_outbox (user_message_id, recipient, language, subject, body, created_at, status,
                                                 attempts, next_attempt_at, sent_at)
                values (?, 'retention@example.fi', 'fi', 'Aihe', 'Teksti', ?, ?, 1, ?, ?) returning id
                """, Long.class, messageId, Timestamp.from(clock.instant()), status, Timestamp.from(clock.instant()),
                sent == null ? null : Timestamp.from(sent));
    }

    private List<Long> existing(String table, List<Long> ids) {
        return jdbc.queryForList("select id from avustus." + table + " where id = any(?)", Long.class,
                (Object) ids.toArray(Long[]::new));
    }
}
