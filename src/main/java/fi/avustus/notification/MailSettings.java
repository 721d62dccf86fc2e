package fi.avustus.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How e-mails are written and sent ({@code avustus.mail.*}); the SMTP server itself is Spring
 * Boot's {@code spring.mail.*}.
 *
 * @param from sender address; its domain also names the messages' Message-IDs
 * @param baseUrl where the application is reached, for the links in the e-mails
 * @param batchSize how many e-mails one claim takes
 * @param lease how long a claim keeps other nodes off its e-mails; must outlast sending a batch
 * @param maxAttempts attempts before an e-mail is given up as FAILED
 * @param firstRetry wait after the first failure; doubles after each further one
 * @param maxRetry longest wait between attempts
 */
@ConfigurationProperties("avustus.mail")
public record MailSettings(String from, String baseUrl, int batchSize, Duration lease, int maxAttempts,
                           Duration firstRetry, Duration maxRetry) {

    public MailSettings {
        from = from == null || from.isBlank() ? "no-reply@avustus.example" : from.strip();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
        batchSize = batchSize <= 0 ? 50 : batchSize;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofHours(1) : maxRetry;
    }

    /** The wait after a failed attempt (1, 2, 3 …): firstRetry doubled per earlier failure, at most maxRetry. */
    Duration retryAfter(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        Duration wait = firstRetry.multipliedBy(1L << doublings);
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    /** An absolute link to a page of the application, e.g. {@code applications/12}. */
    String link(String path) {
        return baseUrl.replaceAll("/+$", "") + "/" + path.replaceAll("^/+", "");
    }

    /** The part after @ of the sender address, for Message-IDs. */
    String domain() {
        int at = from.lastIndexOf('@');
        return at < 0 ? "localhost" : from.substring(at + 1).replaceAll("[<>\\s]", "");
    }
}
