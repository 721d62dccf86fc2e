package fi.avustus.crash;

import com.icegreen.greenmail.util.GreenMail;
import fi.avustus.application.process.GrantApplicationProcess;
import fi.avustus.crash.CrashJournal.Entry;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After the restart, before the product's consistency check runs (it is the last runner, and
 * exits): every submission and payment the journal saw committed is still there, every submitted
 * application has its process, and the e-mails left unsent at the kill go out now. Prints its
 * figures as {@code crash-verify:} lines, and {@code crash-verify: FAILED …} for each broken
 * promise, which the script turns into its exit status.
 */
class CrashVerification implements ApplicationRunner, Ordered {

    static final String PROGRESS = "crash-verify: ";
    private static final Duration MAIL_DRAIN = Duration.ofMinutes(2);
    private static final int CHUNK = 500;

    private final ApplicationContext context;
    private final Path journal;
    private final GreenMail mail;
    private final List<String> failures = new ArrayList<>();

    CrashVerification(ApplicationContext context, Path journal, GreenMail mail) {
        this.context = context;
        this.journal = journal;
        this.mail = mail;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        var runtime = ManagementFactory.getRuntimeMXBean();
        Instant restarted = Instant.ofEpochMilli(runtime.getStartTime());
        print("application ready %.1f s after the JVM started", runtime.getUptime() / 1000.0);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        print("outbox when the application came up: %s", outbox(jdbc));
        Instant loadStarted = Instant.ofEpochMilli(CrashJournal.read(journal, Entry.LOAD).get(0));
        checkSubmissions(jdbc, loadStarted);
        checkPayments(jdbc, loadStarted);
        checkMail(jdbc, restarted);
        print(failures.isEmpty() ? "every committed step survived the crash"
                : failures.size() + " promises broken");
        System.out.flush();
    }

    private void checkSubmissions(JdbcTemplate jdbc, Instant loadStarted) {
        List<Long> submitted = CrashJournal.read(journal, Entry.SUBMITTED);
        Set<Long> stillSubmitted = new HashSet<>();
        Set<String> withProcess = new HashSet<>();
        HistoryService history = context.getBean(HistoryService.class);
        for (List<Long> chunk : chunks(submitted)) {
            stillSubmitted.addAll(jdbc.queryForList(
                    "select id from avustus.application where id = any(?) and status <> 'DRAFT'", Long.class,
                    (Object) chunk.toArray(Long[]::new)));
            history.createHistoricProcessInstanceQuery().processDefinitionKey(GrantApplicationProcess.KEY)
                    .processInstanceBusinessKeyIn(chunk.stream().map(String::valueOf).toArray(String[]::new))
                    .list().stream().map(HistoricProcessInstance::getBusinessKey).forEach(withProcess::add);
        }
        print("submissions committed before the kill (journal): %d; in the database by status since the load began: %s",
                submitted.size(), countByStatus(jdbc, "avustus.application", loadStarted));
        expectNone("journalled submissions not submitted in the database",
                submitted.stream().filter(id -> !stillSubmitted.contains(id)).toList());
        expectNone("journalled submissions without their grant-application process",
                submitted.stream().filter(id -> !withProcess.contains(String.valueOf(id))).toList());
    }

    private void checkPayments(JdbcTemplate jdbc, Instant loadStarted) {
        List<Long> approved = CrashJournal.read(journal, Entry.APPROVED);
        List<Long> paid = CrashJournal.read(journal, Entry.PAID);
        Set<Long> approvedInDatabase = new HashSet<>();
        Set<Long> paidInDatabase = new HashSet<>();
        for (List<Long> chunk : chunks(approved)) {
            jdbc.query("select id, status from avustus.payment_instalment where id = any(?) and status in ('APPROVED', 'PAID')",
                    row -> {
                        approvedInDatabase.add(row.getLong("id"));
                        if (row.getString("status").equals("PAID")) {
                            paidInDatabase.add(row.getLong("id"));
                        }
                    }, (Object) chunk.toArray(Long[]::new));
        }
        Integer approvedSinceLoad = jdbc.queryForObject(
                "select count(*) from avustus.payment_instalment where approved_at >= ?", Integer.class,
                Timestamp.from(loadStarted));
        print("instalment approvals committed before the kill (journal): %d, payments %d; approved since the load began in the database: %d",
                approved.size(), paid.size(), approvedSinceLoad);
        expectNone("journalled approvals not approved in the database",
                approved.stream().filter(id -> !approvedInDatabase.contains(id)).toList());
        expectNone("journalled payments not paid in the database",
                paid.stream().filter(id -> !paidInDatabase.contains(id)).toList());
    }

    /** Waits for the sender to empty the outbox, then compares what it marked sent with what the server got. */
    private void checkMail(JdbcTemplate jdbc, Instant restarted) {
        Instant giveUp = Instant.now().plus(MAIL_DRAIN);
        Map<String, Integer> outbox = outbox(jdbc);
        while (outbox.getOrDefault("PENDING", 0) + outbox.getOrDefault("SENDING", 0) > 0 && Instant.now().isBefore(giveUp)) {
            sleep();
            outbox = outbox(jdbc);
        }
        Integer sentSinceRestart = jdbc.queryForObject(
                "select count(*) from avustus.mail_outbox where status = 'SENT' and sent_at >= ?", Integer.class,
                Timestamp.from(restarted));
        int received = mail.getReceivedMessages().length;
        print("outbox after the sender's rounds: %s; sent since the restart %d, received by the mail server %d",
                outbox, sentSinceRestart, received);
        expect(outbox.getOrDefault("PENDING", 0) + outbox.getOrDefault("SENDING", 0) == 0,
                "e-mails still unsent " + MAIL_DRAIN + " after the restart: " + outbox);
        expect(outbox.getOrDefault("FAILED", 0) == 0, "e-mails given up: " + outbox.get("FAILED"));
        expect(sentSinceRestart == received, "e-mails marked sent since the restart (" + sentSinceRestart
                + ") differ from those the mail server received (" + received + ")");
    }

    static Map<String, Integer> outbox(JdbcTemplate jdbc) {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.query("select status, count(*) from avustus.mail_outbox group by status",
                row -> {
                    counts.put(row.getString(1), row.getInt(2));
                });
        return counts;
    }

    private static Map<String, Integer> countByStatus(JdbcTemplate jdbc, String table, Instant since) {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.query("select status, count(*) from " + table + " where created_at >= ? group by status",
                row -> {
                    counts.put(row.getString(1), row.getInt(2));
                }, Timestamp.from(since));
        return counts;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(from + CHUNK, all.size())));
        }
        return chunks;
    }

    private void expectNone(String what, List<Long> offending) {
        print("%s: %d", what, offending.size());
        expect(offending.isEmpty(), what + ": " + offending.stream().limit(10).toList());
    }

    private void expect(boolean holds, String failure) {
        if (!holds) {
            failures.add(failure);
            System.out.println(PROGRESS + "FAILED " + failure);
        }
    }

    private static void print(String format, Object... values) {
        System.out.println(PROGRESS + String.format(Locale.ROOT, format, values));
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
