package fi.avustus.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import fi.avustus.notification.internal.OutboxQueue;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.transaction.PlatformTransactionManager;

/** E-mail is sent (and polled for) only where a mail server is configured; the settings' defaults and backoff. */
class MailConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(MailConfiguration.class)
            .withBean(OutboxQueue.class, () -> mock(OutboxQueue.class))
            .withBean(PlatformTransactionManager.class, () -> mock(PlatformTransactionManager.class))
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void withoutAMailServerNothingIsSent() {
        context.run(started -> {
            assertThat(started).hasSingleBean(MailSettings.class);
            assertThat(started).doesNotHaveBean(OutboxSender.class);
            assertThat(started).doesNotHaveBean(MailConfiguration.OutboxSchedule.class);
        });
    }

    @Test
    void withAMailServerTheOutboxIsPolled() {
        context.withPropertyValues("spring.mail.host=smtp.avustus.example", "avustus.mail.from=kirjaamo@avustus.example")
                .run(started -> {
                    assertThat(started).hasSingleBean(OutboxSender.class);
                    assertThat(started).hasSingleBean(MailConfiguration.OutboxSchedule.class);
                    assertThat(started.getBean(OutboxSender.class).messageId(7)).isEqualTo("<outbox-7@avustus.example>");
                });
    }

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToTheLongestWait() {
        MailSettings settings = new MailSettings(null, null, 0, null, 0, null, null);
        assertThat(settings.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.retryAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.retryAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(settings.retryAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.retryAfter(100)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.link("applications/5")).isEqualTo("http://localhost:8080/applications/5");
        assertThat(settings.maxAttempts()).isEqualTo(8);
    }
}
