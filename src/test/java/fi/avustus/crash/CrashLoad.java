package fi.avustus.crash;

import static fi.avustus.programme.ProgrammeFixtures.actAs;

import com.icegreen.greenmail.util.GreenMail;
import fi.avustus.crash.CrashJournal.Entry;
import fi.avustus.payment.PaymentStatus;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.Payments;
import fi.avustus.scale.ScaleDataGenerator;
import fi.avustus.scale.ScaleSize;
import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import fi.avustus.security.UserSummary;
import fi.avustus.security.Users;
import fi.avustus.shared.DomainException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The application under crash load, run by scripts/crash-test.sh on the test classpath:
 *
 * <pre>
 * java -cp … fi.avustus.crash.CrashLoad load   JOURNAL   # set-up, then submissions and payments until killed
 * java -cp … fi.avustus.crash.CrashLoad verify JOURNAL   # restart, compare with the journal, consistency check
 * </pre>
 *
 * Both start the real application with the demo data on AVUSTUS_DATA_DIR, with an SMTP server of
 * their own, so that the outbox is being sent when the kill comes and is sent again after it.
 * {@code load} first makes applicants, calls and funded projects through the product's facades
 * ({@link ScaleDataGenerator}), then has applicants submit applications on several threads while
 * officials approve (and the administrator pays) the projects' planned instalments, each
 * instalment by two officials at once. Every committed step goes to the {@link CrashJournal}.
 * Settings, as system properties: {@code crash.submissions} (1000), {@code crash.projects} (40),
 * {@code crash.submitters} (6), {@code crash.approvers} (2), {@code crash.seed}.
 */
public final class CrashLoad {

    static final String PROGRESS = "crash-load: ";
    private static final String ADMIN = "admin";

    private final ConfigurableApplicationContext context;
    private final CrashJournal journal;
    private final int submissions = Integer.getInteger("crash.submissions", 1000);
    private final long seed = Long.getLong("crash.seed", 20261123L);
    private final AtomicInteger submitted = new AtomicInteger();
    private final AtomicInteger approved = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    private CrashLoad(ConfigurableApplicationContext context, CrashJournal journal) {
        this.context = context;
        this.journal = journal;
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path journal = Path.of(args[1]);
        GreenMail mail = RealApplication.mailServer();
        String[] settings = Stream.concat(Stream.of(
                // E-mails claimed by the killed JVM are taken again this soon after the kill.
                "--avustus.mail.lease=PT20S"), Stream.of(args).skip(2)).toArray(String[]::new);
        ConfigurableApplicationContext context = RealApplication.run(mail, mode.equals("verify")
                ? started -> new CrashVerification(started, journal, mail) : null, settings);
        if (mode.equals("load")) {
            try (CrashJournal log = new CrashJournal(journal)) {
                new CrashLoad(context, log).run();
            }
            // The script kills this JVM; a load that ends first leaves it running, which the script reports.
            Thread.currentThread().join();
        }
    }

    private void run() throws Exception {
        int projects = Integer.getInteger("crash.projects", 40);
        // Two open calls, twenty organisations with an applicant for every two, four officials; every application funded.
        ScaleSize size = new ScaleSize(1, 2, 20, 2, projects, 1.0, 4, 0);
        System.out.println(PROGRESS + "setting up " + projects + " funded projects");
        new ScaleDataGenerator(context, size, seed, 2).generate();
        Submissions made = Submissions.to(context, seed);
        List<String> officials = SystemUser.call(() -> context.getBean(Users.class).withRole(Role.OFFICIAL))
                .stream().map(UserSummary::username).filter(name -> name.startsWith("kasittelija-s")).toList();
        List<PaymentSummary> instalments = raced(SystemUser.call(
                () -> context.getBean(Payments.class).list(PaymentStatus.PLANNED)));

        journal.record(Entry.LOAD, context.getBean(Clock.class).millis());
        System.out.println(PROGRESS + "load started: " + submissions + " submissions to " + made + ", "
                + instalments.size() / 2 + " planned instalments approved by two officials each");
        int submitters = Integer.getInteger("crash.submitters", 6);
        int approvers = Integer.getInteger("crash.approvers", 2);
        ExecutorService workers = Executors.newFixedThreadPool(submitters + approvers + 1);
        AtomicInteger nextSubmission = new AtomicInteger();
        AtomicInteger nextInstalment = new AtomicInteger();
        for (int worker = 0; worker < submitters; worker++) {
            workers.submit(() -> submit(nextSubmission, made));
        }
        for (int worker = 0; worker < approvers; worker++) {
            workers.submit(() -> approve(nextInstalment, instalments, officials));
        }
        workers.submit(this::reportProgress);
        workers.shutdown();
        while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
            if (submitted.get() + failed.get() >= submissions && nextInstalment.get() >= instalments.size()) {
                break;
            }
        }
        System.out.println(PROGRESS + "load finished: " + progress());
    }

    /** Every instalment twice, in a seeded order, so that two officials race for each one. */
    private List<PaymentSummary> raced(List<PaymentSummary> planned) {
        List<PaymentSummary> twice = new ArrayList<>(planned);
        twice.addAll(planned);
        Collections.shuffle(twice, new Random(seed));
        return twice;
    }

    private void submit(AtomicInteger next, Submissions made) {
        for (int number = next.getAndIncrement(); number < submissions; number = next.getAndIncrement()) {
            try {
                journal.record(Entry.SUBMITTED, made.submit(number));
                submitted.incrementAndGet();
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                System.out.println(PROGRESS + "submission " + number + " failed: " + e);
            }
        }
    }

    /**
     * Approves the instalments in step with the submissions, so that payments are being approved
     * whenever the kill comes; the administrator pays every other approved instalment at once.
     */
    private void approve(AtomicInteger next, List<PaymentSummary> instalments, List<String> officials) {
        Payments payments = context.getBean(Payments.class);
        UserDetailsService users = context.getBean(UserDetailsService.class);
        for (int slot = next.getAndIncrement(); slot < instalments.size(); slot = next.getAndIncrement()) {
            awaitSubmissions((long) slot * submissions / instalments.size());
            PaymentSummary instalment = instalments.get(slot);
            try {
                actAs(users, officials.get(slot % officials.size()));
                PaymentSummary done = payments.approve(instalment.id(), instalment.version());
                journal.record(Entry.APPROVED, done.id());
                approved.incrementAndGet();
                if (slot % 2 == 0) {
                    actAs(users, ADMIN);
                    journal.record(Entry.PAID, payments.markPaid(done.id(), done.version()).id());
                }
            } catch (DomainException alreadyApprovedOrOverGrant) {
                refused.incrementAndGet();
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                System.out.println(PROGRESS + "approval of instalment " + instalment.id() + " failed: " + e);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    private void awaitSubmissions(long count) {
        while (submitted.get() + failed.get() < count) {
            sleep(20);
        }
    }

    private void reportProgress() {
        while (submitted.get() + failed.get() < submissions) {
            sleep(1000);
            System.out.println(PROGRESS + progress());
        }
    }

    private String progress() {
        return "submitted " + submitted.get() + " of " + submissions + ", instalments approved " + approved.get()
                + ", refused " + refused.get() + ", failed " + failed.get();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
