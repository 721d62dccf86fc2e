package fi.avustus.notification;

import fi.avustus.notification.internal.OutboxQueue;
import fi.avustus.notification.internal.OutboxQueue.ClaimedMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due e-mails, safely from any number of nodes at once.
 *
 * <p>Delivery is <em>at least once</em>. A mail server is no transactional resource: holding a
 * row lock while talking SMTP would tie a database connection to the mail server's speed and
 * still could not make "sent" and "marked sent" one step. So each batch goes in three steps:
 * <ol>
 * <li>a short transaction claims due rows ({@code FOR UPDATE SKIP LOCKED}, so concurrent claims
 * never take the same row), sets them SENDING with a random token and a lease, counts the
 * attempt and commits;</li>
 * <li>each e-mail is handed to the SMTP server, outside any transaction;</li>
 * <li>right after each hand-over a short transaction marks that row SENT, or on failure back to
 * PENDING with exponential backoff (FAILED after the last attempt) — only if the row still
 * carries this claim's token.</li>
 * </ol>
 * While a claim's lease runs, no other node touches its rows, and a node stops sending from a
 * batch halfway through the lease (giving the rest back), so no e-mail goes out twice in normal
 * operation, even with a slow mail server. If a node dies (or loses the database) between hand-over and marking, the
 * lease runs out and another node sends the row again: the e-mail may arrive twice, but it is
 * never lost. Both copies carry the same Message-ID, derived from the outbox id, so mail systems
 * and people can recognise the duplicate. At most once would be the other choice (mark SENT
 * before sending), but it loses mail on every crash, which the outbox exists to prevent.
 * Because attempts are counted when claimed, an e-mail that brings its sender down each time
 * still runs out of attempts.
 */
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxQueue queue;
    private final TransactionTemplate transactions;
    private final JavaMailSender mailSender;
    private final MailSettings settings;
    private final Clock clock;

    OutboxSender(OutboxQueue queue, TransactionTemplate transactions, JavaMailSender mailSender, MailSettings settings,
                 Clock clock) {
        this.queue = queue;
        this.transactions = transactions;
        this.mailSender = mailSender;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Sends batch after batch while whole batches go out, e.g. a thousand reminders falling due at
     * once; stops at the first failure, so an unreachable server is not retried in a tight loop.
     */
    void sendAllDue() {
        int sent;
        do {
            sent = sendBatch();
        } while (sent == settings.batchSize());
    }

    /** Claims one batch of due e-mails and sends them; returns how many were sent. */
    int sendBatch() {
        String token = UUID.randomUUID().toString();
        Instant now = clock.instant();
        List<ClaimedMail> claimed = transactions.execute(status ->
                queue.claim(now, now.plus(settings.lease()), settings.batchSize(), token));
        // Past half the lease the rest wait for the next claim, so that no row is still being sent
        // when its lease runs out and another node may take it (a slow or hanging mail server).
        Instant stopAt = now.plus(settings.lease().dividedBy(2));
        int sent = 0;
        for (int i = 0; i < claimed.size(); i++) {
            if (clock.instant().isAfter(stopAt)) {
                List<Long> rest = claimed.subList(i, claimed.size()).stream().map(ClaimedMail::id).toList();
                transactions.executeWithoutResult(status -> queue.release(rest, token));
                break;
            }
            if (send(claimed.get(i), token)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(ClaimedMail mail, String token) {
        try {
            mailSender.send(message(mail));
        } catch (MessagingException | RuntimeException e) {
            // Whatever the cause, the row must leave SENDING now rather than wait for its lease.
            failed(mail, token, e);
            return false;
        }
        if (!Boolean.TRUE.equals(transactions.execute(status -> queue.markSent(mail.id(), token, clock.instant())))) {
            log.warn("E-mail {} was sent after its claim ran out; another node may send it again", mail.id());
        }
        return true;
    }

    private void failed(ClaimedMail mail, String token, Exception e) {
        boolean last = mail.attempts() >= settings.maxAttempts();
        Instant next = clock.instant().plus(settings.retryAfter(mail.attempts()));
        MailStatus status = last ? MailStatus.FAILED : MailStatus.PENDING;
        transactions.executeWithoutResult(tx -> queue.markNotSent(mail.id(), token, status, next, describe(e)));
        if (last) {
            log.warn("E-mail {} given up after {} attempts: {}", mail.id(), mail.attempts(), describe(e));
        } else {
            log.warn("E-mail {} not sent (attempt {} of {}), next attempt at {}: {}", mail.id(), mail.attempts(),
                    settings.maxAttempts(), next, describe(e));
        }
    }

    private MimeMessage message(ClaimedMail mail) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        // JavaMailSender keeps a Message-ID set beforehand; one per outbox row makes a resend recognisable.
        message.setHeader("Message-ID", messageId(mail.id()));
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("Content-Language", mail.language());
        return message;
    }

    String messageId(long outboxId) {
        return "<outbox-" + outboxId + "@" + settings.domain() + ">";
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" / ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
