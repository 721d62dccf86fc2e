package fi.avustus.notification;

import fi.avustus.notification.internal.OutboxMail;
import fi.avustus.notification.internal.OutboxMailRepository;
import fi.avustus.notification.internal.OutboxQueue;
import fi.avustus.security.UserSummary;
import fi.avustus.security.Users;
import fi.avustus.ui.ModularTranslations;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mail copies of in-app messages. Each is written in the message's own transaction, so an
 * e-mail exists exactly when its message does, whether or not a mail server is configured: what
 * is written while none is, goes out once one is. Subject and body are rendered at once from the
 * message's translation key in the recipient's language, so later text changes do not alter mail
 * already queued.
 */
@Service
@Transactional
public class MailOutbox {

    private static final int SUBJECT_MAX = 200;

    private final OutboxMailRepository repository;
    private final Users users;
    private final ModularTranslations translations;
    private final MailSettings settings;
    private final OutboxQueue queue;
    private final Clock clock;

    MailOutbox(OutboxMailRepository repository, Users users, ModularTranslations translations, MailSettings settings,
               OutboxQueue queue, Clock clock) {
        this.repository = repository;
        this.queue = queue;
        this.clock = clock;
        this.users = users;
        this.translations = translations;
        this.settings = settings;
    }

    /** Queues an e-mail copy of a message if its recipient is an active user with an address. */
    void enqueue(long userMessageId, String username, String key, String link, Object[] arguments, Instant now) {
        users.find(username)
                .filter(user -> user.active() && !user.archived() && user.email() != null && !user.email().isBlank())
                .ifPresent(user -> repository.save(compose(userMessageId, user, key, link, arguments, now)));
    }

    /** The outbox, newest first, optionally only in one state. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<OutboxEntry> list(MailStatus status, Pageable pageable) {
        Page<OutboxMail> mails = status == null ? repository.findAll(pageable) : repository.findByStatus(status, pageable);
        return mails.map(MailOutbox::entry);
    }

    /** Gives every FAILED e-mail a fresh set of attempts, e.g. after the mail server was down for long. */
    @PreAuthorize("hasRole('ADMIN')")
    public int retryFailed() {
        return queue.retryFailed(clock.instant());
    }

    private OutboxMail compose(long userMessageId, UserSummary user, String key, String link, Object[] arguments,
                               Instant now) {
        Locale locale = Locale.forLanguageTag(user.locale());
        String text = translations.getTranslation(key, locale, arguments);
        StringBuilder body = new StringBuilder()
                .append(translations.getTranslation("notification.mail.greeting", locale, user.displayName()))
                .append("\n\n").append(text).append("\n\n");
        if (link != null) {
            body.append(translations.getTranslation("notification.mail.link", locale, settings.link(link))).append("\n\n");
        }
        body.append("-- \n").append(translations.getTranslation("notification.mail.footer", locale)).append('\n');
        // A header is one line; names typed by people may hold line breaks.
        String subject = (translations.getTranslation("app.title", locale) + ": " + text).replaceAll("\\s+", " ");
        if (subject.length() > SUBJECT_MAX) {
            subject = subject.substring(0, SUBJECT_MAX - 1) + "…";
        }
        return new OutboxMail(userMessageId, user.email(), locale.getLanguage(), subject, body.toString(), now);
    }

    private static OutboxEntry entry(OutboxMail mail) {
        return new OutboxEntry(mail.getId(), mail.getRecipient(), mail.getLanguage(), mail.getSubject(),
                mail.getStatus(), mail.getAttempts(), mail.getCreatedAt(), mail.getNextAttemptAt(), mail.getSentAt(),
                mail.getLastError());
    }
}
