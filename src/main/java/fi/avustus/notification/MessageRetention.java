package fi.avustus.notification;

import fi.avustus.notification.internal.OutboxMailRepository;
import fi.avustus.notification.internal.UserMessageRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes what the notifications keep about people once it has served its purpose
 * (docs/PRIVACY.md): the text and address of an e-mail some time after it was sent, and in-app
 * messages, with their e-mails, after a longer time. E-mails still to be sent are never removed.
 * Runs every night on every node; removing twice removes nothing more.
 */
@Service
@EnableConfigurationProperties(MessageRetention.Periods.class)
public class MessageRetention {

    private static final Logger LOG = LoggerFactory.getLogger(MessageRetention.class);

    /**
     * How long each is kept ({@code avustus.retention.*}).
     *
     * @param sentMail a sent e-mail, from the moment it was sent
     * @param messages an in-app message and any e-mail of it that is sent or given up, from its creation
     */
    @ConfigurationProperties("avustus.retention")
    public record Periods(Duration sentMail, Duration messages) {

        public Periods {
            sentMail = sentMail == null ? Duration.ofDays(90) : sentMail;
            messages = messages == null ? Duration.ofDays(2 * 365) : messages;
        }
    }

    /** How many rows one run removed. */
    public record Removed(int sentMails, int messages) {
    }

    private final OutboxMailRepository mails;
    private final UserMessageRepository messages;
    private final Periods periods;
    private final Clock clock;

    MessageRetention(OutboxMailRepository mails, UserMessageRepository messages, Periods periods, Clock clock) {
        this.mails = mails;
        this.messages = messages;
        this.periods = periods;
        this.clock = clock;
    }

    @Scheduled(cron = "${avustus.retention.cron:0 40 2 * * *}", zone = "Europe/Helsinki")
    void nightly() {
        Removed removed = removeExpired();
        LOG.info("Retention removed {} sent e-mails and {} in-app messages", removed.sentMails(), removed.messages());
    }

    @Transactional
    public Removed removeExpired() {
        Instant now = clock.instant();
        int sentMails = mails.deleteSentBefore(now.minus(periods.sentMail()));
        Instant messagesBefore = now.minus(periods.messages());
        mails.deleteFinishedOfMessagesBefore(messagesBefore);
        return new Removed(sentMails, messages.deleteWithoutMailBefore(messagesBefore));
    }
}
