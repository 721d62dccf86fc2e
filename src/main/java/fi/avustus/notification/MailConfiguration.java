package fi.avustus.notification;

import fi.avustus.notification.internal.OutboxQueue;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox is always written; it is sent only where an SMTP server is configured
 * ({@code spring.mail.host}, which is also what makes Spring Boot create the JavaMailSender).
 */
@Configuration
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    @Configuration
    @ConditionalOnProperty("spring.mail.host")
    static class Sending {

        @Bean
        OutboxSender outboxSender(OutboxQueue queue, PlatformTransactionManager transactionManager,
                                  JavaMailSender mailSender, MailSettings settings, Clock clock) {
            return new OutboxSender(queue, new TransactionTemplate(transactionManager), mailSender, settings, clock);
        }

        @Bean
        OutboxSchedule outboxSchedule(OutboxSender sender) {
            return new OutboxSchedule(sender);
        }
    }

    /** Every node polls; the claims keep them from sending the same e-mail. */
    static class OutboxSchedule {

        private final OutboxSender sender;

        OutboxSchedule(OutboxSender sender) {
            this.sender = sender;
        }

        @Scheduled(initialDelayString = "${avustus.mail.poll-interval:PT10S}",
                fixedDelayString = "${avustus.mail.poll-interval:PT10S}")
        void sendDue() {
            sender.sendAllDue();
        }
    }
}
