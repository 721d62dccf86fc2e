package fi.avustus.notification;

import java.time.Instant;

/** An e-mail in the outbox as administrators see it. */
public record OutboxEntry(long id, String recipient, String language, String subject, MailStatus status, int attempts,
                          Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {
}
