package fi.avustus.notification;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.avustus.IntegrationTest;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.ApplicationForm;
import fi.avustus.application.Applications;
import fi.avustus.notification.internal.OutboxMail;
import fi.avustus.notification.internal.OutboxMailRepository;
import fi.avustus.notification.internal.OutboxQueue;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.programme.Programmes;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

/**
 * The outbox against a real SMTP server (GreenMail): what a submission mails, in whose language;
 * retries while the server is down; and two senders at once sending each e-mail exactly once.
 */
@IntegrationTest
class MailOutboxTest {

    private static final String SOKANDE = "johanna.westerlund@avustus.example";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired OutboxQueue queue;
    @Autowired OutboxMailRepository outbox;
    @Autowired UserMessages messages;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired Applications applications;
    @Autowired UserDetailsService users;
    @Autowired Programmes programmes;
    @Autowired Calls calls;
    @Autowired Organisations organisations;
    @Autowired Clock clock;
    @Autowired MailSettings mailSettings;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSubmissionIsMailedToTheOrganisationsApplicantInTheirLanguage() throws Exception {
        String project = ProgrammeFixtures.unique("Yhteinen ohjaus");
        long applicationId = submitAsSokande(project);
        OutboxMail queued = single(project);
        assertThat(queued.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(queued.getLanguage()).isEqualTo("sv");

        sender(greenMail.getSmtp().getPort(), settings(3), clock).sendAllDue();

        MimeMessage mail = receivedOnce(greenMail.getReceivedMessages(), queued.getId());
        assertThat(mail.getSubject()).isEqualTo("Avustus: Ansökan \"" + project + "\" har tagits emot.");
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(SOKANDE);
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("no-reply@avustus.example");
        assertThat((String) mail.getContent()).contains("Hej Johanna Westerlund,")
                .contains("Öppna ansökan: " + mailSettings.link("applications/" + applicationId));
        OutboxMail sent = outbox.findById(queued.getId()).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getSentAt()).isNotNull();
        assertThat(sent.getAttempts()).isEqualTo(1);
    }

    @Test
    void aMailWaitsWhileTheServerIsDownAndGoesOutOnceItIsBack() throws Exception {
        String project = ProgrammeFixtures.unique("Palveleva verkosto");
        submitAsSokande(project);
        long id = single(project).getId();
        int port = freePort();

        sender(port, settings(3), clock).sendAllDue();

        OutboxMail failed = outbox.findById(id).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getLastError()).isNotBlank();
        assertThat(failed.getNextAttemptAt()).isAfter(clock.instant());

        GreenMail restarted = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        restarted.start();
        try {
            sender(port, settings(3), clock).sendAllDue();
            assertThat(messageIds(restarted.getReceivedMessages())).doesNotContainKey(messageId(id));
            assertThat(outbox.findById(id).orElseThrow().getStatus()).isEqualTo(MailStatus.PENDING);

            sender(port, settings(3), Clock.offset(clock, Duration.ofMinutes(2))).sendAllDue();

            receivedOnce(restarted.getReceivedMessages(), id);
            OutboxMail sent = outbox.findById(id).orElseThrow();
            assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
            assertThat(sent.getAttempts()).isEqualTo(2);
        } finally {
            restarted.stop();
        }
    }

    @Test
    void aMailIsGivenUpAfterItsLastAttempt() {
        String project = ProgrammeFixtures.unique("Kadonnut palvelin");
        submitAsSokande(project);
        long id = single(project).getId();
        int port = freePort();

        sender(port, settings(2), clock).sendAllDue();
        sender(port, settings(2), Clock.offset(clock, Duration.ofMinutes(2))).sendAllDue();

        OutboxMail failed = outbox.findById(id).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(2);
        sender(port, settings(2), Clock.offset(clock, Duration.ofDays(1))).sendAllDue();
        assertThat(outbox.findById(id).orElseThrow().getAttempts()).isEqualTo(2);
    }

    @Test
    void twoSendersAtOnceSendEachMailExactlyOnce() throws Exception {
        List<Long> ids = queued(40, "Rinnakkain");

        // Small batches, so that the two senders claim many times each and race on every claim.
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Void>> senders = Stream.of(sender(greenMail.getSmtp().getPort(), settings(3, 4), clock),
                        sender(greenMail.getSmtp().getPort(), settings(3, 4), clock))
                .map(sender -> CompletableFuture.runAsync(() -> {
                    await(start);
                    sender.sendAllDue();
                })).toList();
        senders.forEach(CompletableFuture::join);

        Map<String, Long> received = messageIds(greenMail.getReceivedMessages());
        assertThat(received.values()).allMatch(count -> count == 1);
        assertThat(received.keySet()).containsAll(ids.stream().map(this::messageId).toList());
        assertThat(outbox.findAllById(ids)).allMatch(mail -> mail.getStatus() == MailStatus.SENT);
    }

    /**
     * The database goes away right after a batch was claimed and its first e-mail handed over: the
     * sender keeps what it knows, and once the database is back marks the sent one SENT and gives
     * the rest back, so nothing goes out twice and nothing waits for its lease to run out.
     */
    @Test
    void aDatabaseOutageInTheMiddleOfABatchSendsNothingTwiceAndHoldsNothingBack() throws Exception {
        List<Long> ids = queued(5, "Katko kesken");
        int receivedBefore = greenMail.getReceivedMessages().length;
        DatabaseThatGoesAway database = new DatabaseThatGoesAway(transactionManager);
        OutboxSender sender = OutboxDelivery.sender(queue, database, greenMail.getSmtp().getPort(), settings(3), clock);

        database.awayAfter(1);
        sender.sendAllDue();
        assertThat(greenMail.getReceivedMessages()).as("handed over before the database went away").hasSize(receivedBefore + 1);
        assertThat(outbox.findAllById(ids)).allMatch(mail -> mail.getStatus() == MailStatus.SENDING);
        sender.sendAllDue();
        assertThat(greenMail.getReceivedMessages()).as("nothing sent while the database is away").hasSize(receivedBefore + 1);

        database.back();
        sender.sendAllDue();
        ids.forEach(id -> receivedOnce(greenMail.getReceivedMessages(), id));
        assertThat(messageIds(greenMail.getReceivedMessages()).values()).allMatch(count -> count == 1);
        assertThat(outbox.findAllById(ids)).allMatch(mail -> mail.getStatus() == MailStatus.SENT);
    }

    @Test
    void aMessageToSomeoneUnknownQueuesNoMail() {
        String marker = ProgrammeFixtures.unique("Ei ketään");
        NotificationFixtures.tell(messages, transactionManager, marker, "no-such-user");
        assertThat(outbox.findAll()).noneMatch(mail -> mail.getSubject().contains(marker));
    }

    /** Tells a Swedish-speaking applicant this many things; returns the outbox ids of the e-mails queued. */
    private List<Long> queued(int count, String subject) {
        String marker = ProgrammeFixtures.unique(subject);
        IntStream.range(0, count).forEach(i -> NotificationFixtures.tell(messages, transactionManager, marker + " " + i, "sokande"));
        List<Long> ids = outbox.findAll().stream().filter(mail -> mail.getSubject().contains(marker))
                .map(OutboxMail::getId).toList();
        assertThat(ids).hasSize(count);
        return ids;
    }

    private long submitAsSokande(String projectName) {
        CallSummary call = ApplicationFixtures.openCall(users, programmes, calls, organisations, clock);
        actAs(users, "sokande");
        long organisation = applications.eligibleOrganisations(call.id()).get(0).id();
        long id = applications.startDraft(call.id(), organisation);
        ApplicationForm form = ApplicationFixtures.completeForm(applications.find(id).orElseThrow().content().getVersion());
        form.setProjectName(projectName);
        applications.saveDraft(id, form);
        applications.submit(id);
        return id;
    }

    private OutboxMail single(String projectName) {
        List<OutboxMail> mails = outbox.findAll().stream().filter(mail -> mail.getSubject().contains(projectName)).toList();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getRecipient()).isEqualTo(SOKANDE);
        return mails.get(0);
    }

    private OutboxSender sender(int port, MailSettings settings, Clock senderClock) {
        return OutboxDelivery.sender(queue, transactionManager, port, settings, senderClock);
    }

    private static MailSettings settings(int maxAttempts) {
        return OutboxDelivery.settings(maxAttempts, 500);
    }

    private static MailSettings settings(int maxAttempts, int batchSize) {
        return OutboxDelivery.settings(maxAttempts, batchSize);
    }

    private String messageId(long outboxId) {
        return OutboxDelivery.messageId(outboxId);
    }

    private static MimeMessage receivedOnce(MimeMessage[] received, long outboxId) {
        return OutboxDelivery.receivedOnce(received, outboxId);
    }

    private static Map<String, Long> messageIds(MimeMessage[] received) {
        return OutboxDelivery.messageIds(received);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sender's view of the database: it lets so many transactions begin, then none until it is back. */
    private static final class DatabaseThatGoesAway implements PlatformTransactionManager {

        private final PlatformTransactionManager database;
        private final AtomicInteger allowed = new AtomicInteger(Integer.MAX_VALUE);

        DatabaseThatGoesAway(PlatformTransactionManager database) {
            this.database = database;
        }

        void awayAfter(int transactions) {
            allowed.set(transactions);
        }

        void back() {
            allowed.set(Integer.MAX_VALUE);
        }

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            if (allowed.getAndUpdate(left -> Math.max(left - 1, 0)) == 0) {
                throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                        new SQLTransientConnectionException("Connection is not available, request timed out"));
            }
            return database.getTransaction(definition);
        }

        @Override
        public void commit(TransactionStatus status) {
            database.commit(status);
        }

        @Override
        public void rollback(TransactionStatus status) {
            database.rollback(status);
        }
    }
}
