package fi.avustus.notification.internal;

import fi.avustus.notification.MailStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outbox's state changes, in SQL because they rely on PostgreSQL's row locks: a claim takes
 * due rows that no other transaction has locked ({@code FOR UPDATE SKIP LOCKED}), so two nodes
 * claiming at once get disjoint batches, and marks them with a token and a lease. Every later
 * change names the token, so a node whose lease ran out cannot overwrite the row's newer state.
 */
@Repository
public class OutboxQueue {

    /** A claimed e-mail, ready to send. */
    public record ClaimedMail(long id, String recipient, String language, String subject, String body, int attempts) {
    }

    private static final String CLAIM = """
            with due as (
                select id from avustus.mail_outbox
                where (status = 'PENDING' and next_attempt_at <= :now)
                   or (status = 'SENDING' and claimed_until <= :now)
                order by next_attempt_at, id
                limit :batch
                for update skip locked)
            update avustus.mail_outbox mail
            set status = 'SENDING', claimed_until = :until, claim_token = :token, attempts = mail.attempts + 1
            from due where mail.id = due.id
            returning mail.id, mail.recipient, mail.language, mail.subject, mail.body, mail.attempts
            """;

    private static final String SENT = """
            update avustus.mail_outbox
            set status = 'SENT', sent_at = :now, last_error = null, claimed_until = null, claim_token = null
            where id = :id and claim_token = :token
            """;

    private static final String NOT_SENT = """
            update avustus.mail_outbox
            set status = :status, next_attempt_at = :next, last_error = :error, claimed_until = null, claim_token = null
            where id = :id and claim_token = :token
            """;

    private static final String RELEASE = """
            update avustus.mail_outbox
            set status = 'PENDING', attempts = attempts - 1, claimed_until = null, claim_token = null
            where id in (:ids) and claim_token = :token
            """;

    private static final String RETRY_FAILED = """
            update avustus.mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = :now
            where status = 'FAILED'
            """;

    private static final int ERROR_MAX = 2000;

    private final NamedParameterJdbcTemplate jdbc;

    OutboxQueue(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims up to {@code batch} due e-mails until {@code until}; counts the claim as an attempt. */
    public List<ClaimedMail> claim(Instant now, Instant until, int batch, String token) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(Map.of("now", time(now), "until", time(until),
                "batch", batch, "token", token));
        return jdbc.query(CLAIM, parameters, (row, index) -> new ClaimedMail(row.getLong("id"),
                row.getString("recipient"), row.getString("language"), row.getString("subject"),
                row.getString("body"), row.getInt("attempts")));
    }

    /** @return false if the claim was lost (its lease ran out and another node took the row) */
    public boolean markSent(long id, String token, Instant now) {
        return jdbc.update(SENT, new MapSqlParameterSource(Map.of("id", id, "token", token, "now", time(now)))) == 1;
    }

    /** Puts a failed e-mail back to wait until {@code next}, or gives it up as FAILED. */
    public boolean markNotSent(long id, String token, MailStatus status, Instant next, String error) {
        String shortError = error == null ? "" : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        return jdbc.update(NOT_SENT, new MapSqlParameterSource(Map.of("id", id, "token", token,
                "status", status.name(), "next", time(next), "error", shortError))) == 1;
    }

    /** Gives back claimed e-mails unsent and uncounted, for the next claim to take. */
    public void release(List<Long> ids, String token) {
        if (!ids.isEmpty()) {
            jdbc.update(RELEASE, new MapSqlParameterSource(Map.of("ids", ids, "token", token)));
        }
    }

    /** Puts every given-up e-mail back in the queue with a fresh set of attempts; returns how many. */
    public int retryFailed(Instant now) {
        return jdbc.update(RETRY_FAILED, new MapSqlParameterSource("now", time(now)));
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
