package fi.avustus.notification;

import fi.avustus.notification.internal.OutboxQueue;
import fi.avustus.notification.internal.OutboxQueue.ClaimedMail;
import fi.avustus.shared.DatabaseUnavailable;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
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
 * operation, even with a slow mail server. If the database goes away in the middle of a batch,
 * the node remembers which of its claimed e-mails went out and which did not, and once the
 * database is back (the next round) marks the former SENT and gives the latter back, so an outage
 * neither sends an e-mail twice nor holds the rest until their lease runs out. If a node dies
 * between hand-over and marking, the lease runs out and another node sends the row again: the
 * e-mail may arrive twice, but it is never lost. Both copies carry the same Message-ID, derived from the outbox id, so mail systems
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
    /** Claims whose rows the database could not be told about when it went away; guarded by itself. */
    private final List<Unrecorded> unrecorded = new ArrayList<>();

    /** Of one claim: e-mails handed to the mail server but not marked SENT, and e-mails not sent at all. */
    private record Unrecorded(String token, Instant sentAt, List<Long> sent, List<Long> unsent) {
    }

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
        if (!recordWhatTheDatabaseMissed()) {
            return;
        }
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
            ClaimedMail mail = claimed.get(i);
            Exception notSent = handOver(mail);
            try {
                if (notSent == null) {
                    markSent(mail, token);
                    sent++;
                } else {
                    // Whatever the cause, the row must leave SENDING now rather than wait for its lease.
                    failed(mail, token, notSent);
                }
            } catch (RuntimeException e) {
                if (!DatabaseUnavailable.causes(e)) {
                    throw e;
                }
                List<Long> rest = claimed.subList(i + 1, claimed.size()).stream().map(ClaimedMail::id).toList();
                remember(new Unrecorded(token, clock.instant(), notSent == null ? List.of(mail.id()) : List.of(),
                        notSent == null ? rest : Stream.concat(Stream.of(mail.id()), rest.stream()).toList()), e);
                return sent;
            }
        }
        return sent;
    }

    /** Hands the e-mail to the mail server; returns why it could not, or null once it did. */
    private Exception handOver(ClaimedMail mail) {
        try {
            mailSender.send(message(mail));
            return null;
        } catch (MessagingException | RuntimeException e) {
            return e;
        }
    }

    private void markSent(ClaimedMail mail, String token) {
        if (!Boolean.TRUE.equals(transactions.execute(status -> queue.markSent(mail.id(), token, clock.instant())))) {
            log.warn("E-mail {} was sent after its claim ran out; another node may send it again", mail.id());
        }
    }

    private void remember(Unrecorded claim, RuntimeException outage) {
        synchronized (unrecorded) {
            unrecorded.add(claim);
        }
        log.warn("The database went away while e-mails were being sent: {} sent and {} not, recorded once it is back: {}",
                claim.sent().size(), claim.unsent().size(), outage.toString());
    }

    /**
     * Tells the database what it missed while it was away: the e-mails sent, and those given back
     * unsent (their attempt was counted at the claim). Returns false while it is still away.
     */
    private boolean recordWhatTheDatabaseMissed() {
        synchronized (unrecorded) {
            for (Iterator<Unrecorded> claims = unrecorded.iterator(); claims.hasNext(); ) {
                Unrecorded claim = claims.next();
                try {
                    List<Long> lost = transactions.execute(status -> {
                        List<Long> taken = claim.sent().stream()
                                .filter(id -> !queue.markSent(id, claim.token(), claim.sentAt())).toList();
                        queue.release(claim.unsent(), claim.token());
                        return taken;
                    });
                    if (lost != null && !lost.isEmpty()) {
                        log.warn("E-mails {} were sent, but their claim ran out while the database was away; "
                                + "another node may send them again", lost);
                    }
                    claims.remove();
                } catch (RuntimeException e) {
                    if (DatabaseUnavailable.causes(e)) {
                        return false;
                    }
                    throw e;
                }
            }
            return true;
        }
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
