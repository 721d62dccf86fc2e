package fi.avustus.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.notification.internal.OutboxQueue;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the test context's outbox to a real SMTP server (GreenMail) and finds what arrived by the
 * outbox id in its Message-ID. The shared context configures no mail server, so each test builds
 * its own sender; other tests' waiting e-mails may go out too, which is why checks look for their
 * own e-mails by id.
 */
final class OutboxDelivery {

    private OutboxDelivery() {
    }

    static OutboxSender sender(OutboxQueue queue, PlatformTransactionManager transactionManager, int port,
                               MailSettings settings, Clock clock) {
        JavaMailSenderImpl mailSender = new JavaMailSenderImpl();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(port);
        mailSender.setDefaultEncoding("UTF-8");
        return new OutboxSender(queue, new TransactionTemplate(transactionManager), mailSender, settings, clock);
    }

    static MailSettings settings(int maxAttempts, int batchSize) {
        return new MailSettings("no-reply@avustus.example", null, batchSize,
                Duration.ofMinutes(5), maxAttempts, Duration.ofMinutes(1), Duration.ofHours(1));
    }

    static String messageId(long outboxId) {
        return "<outbox-" + outboxId + "@avustus.example>";
    }

    static MimeMessage receivedOnce(MimeMessage[] received, long outboxId) {
        List<MimeMessage> mine = Stream.of(received).filter(mail -> messageId(outboxId).equals(id(mail))).toList();
        assertThat(mine).hasSize(1);
        return mine.get(0);
    }

    static Map<String, Long> messageIds(MimeMessage[] received) {
        return Stream.of(received).collect(Collectors.groupingBy(OutboxDelivery::id, Collectors.counting()));
    }

    private static String id(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
