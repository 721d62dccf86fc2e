package fi.avustus.crash;

import static fi.avustus.programme.ProgrammeFixtures.actAs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import fi.avustus.database.EmbeddedDatabaseServer;
import fi.avustus.scale.ScaleDataGenerator;
import fi.avustus.scale.ScaleSize;
import fi.avustus.security.AccessTokens;
import fi.avustus.shared.DatabaseUnavailable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The database server stopped for real while people work, run by scripts/outage-test.sh on the
 * test classpath:
 *
 * <pre>
 * java -cp … fi.avustus.crash.OutageDrill --avustus.consistency-check
 * </pre>
 *
 * The application starts with the demo data on AVUSTUS_DATA_DIR; applicants submit applications on
 * several threads and an integration polls the API with a personal access token. Then the
 * embedded PostgreSQL server is shut down ({@code pg_ctl stop -m fast}: every session ended, no
 * new one let in) for {@code outage.seconds} (30) and started again on the same data directory
 * with the options it had. The application is not touched. Afterwards the drill requires that
 * <ul>
 *   <li>every submission that failed, failed as a database outage, which the screens and the API
 *       tell as "try again" ({@link DatabaseUnavailable}), and none in any other way;</li>
 *   <li>the API answered 503 with Retry-After and a problem document while the server was away,
 *       never another 5xx and never "log in";</li>
 *   <li>the API and the submissions work again by themselves, without a restart, and every
 *       submission that committed is submitted with its process;</li>
 *   <li>the engine's jobs have no incident and none has run out of retries, and the outbox is sent.</li>
 * </ul>
 * It prints {@code outage-drill:} lines, {@code outage-drill: FAILED …} for each broken promise;
 * then the product's consistency check runs (the last runner) and exits with its status.
 */
final class OutageDrill implements ApplicationRunner, Ordered {

    static final String PROGRESS = "outage-drill: ";
    private static final String APPLICATIONS = "/api/v1/applications?size=5";
    private static final Duration BEFORE = Duration.ofSeconds(5);
    private static final Duration AFTER = Duration.ofSeconds(10);
    private static final Duration RECOVERY_PATIENCE = Duration.ofSeconds(90);
    private static final Duration MAIL_PATIENCE = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the drill is: what each answer and each failure is counted under. */
    enum Phase { BEFORE, STOPPED, RESTARTED }

    private final ApplicationContext context;
    private final Duration outage;
    private final long seed = Long.getLong("outage.seed", 20261124L);
    private final int submitters = Integer.getInteger("outage.submitters", 3);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.BEFORE);
    private final Map<String, AtomicInteger> tally = new ConcurrentHashMap<>();
    private final List<Long> committed = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong firstApiAnswerAfterRestart = new AtomicLong();
    private final AtomicLong firstSubmissionAfterRestart = new AtomicLong();
    private volatile boolean working = true;
    private volatile long restartedAt;

    private OutageDrill(ApplicationContext context, Duration outage) {
        this.context = context;
        this.outage = outage;
    }

    public static void main(String[] args) {
        Duration outage = Duration.ofSeconds(Integer.getInteger("outage.seconds", 30));
        GreenMail mail = RealApplication.mailServer();
        RealApplication.run(mail, context -> new OutageDrill(context, outage), Stream.concat(Stream.of(
                // Each call waits at most this long for a connection before it is told to try again.
                "--spring.datasource.hikari.connection-timeout=3000"), Stream.of(args)).toArray(String[]::new));
    }

    /** After the demo data is loaded, before the consistency command (which has no order, so comes last). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        print("setting up applicants and open calls");
        new ScaleDataGenerator(context, new ScaleSize(1, 2, 10, 2, 0, 0.0, 2, 0), seed, 2).generate();
        Submissions made = Submissions.to(context, seed);
        String token = token(made.applicant(0));
        EmbeddedDatabaseServer server = context.getBean(EmbeddedDatabaseServer.class);
        PostgresControl postgres = PostgresControl.of(server.dataDir());
        int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);

        ExecutorService workers = Executors.newFixedThreadPool(submitters + 1);
        AtomicInteger next = new AtomicInteger();
        for (int worker = 0; worker < submitters; worker++) {
            workers.submit(() -> submit(made, next));
        }
        workers.submit(() -> poll(port, token));
        print("load started: %d applicants' threads submitting to %s, the API polled every 0.5 s", submitters, made);
        Thread.sleep(BEFORE.toMillis());

        long stopping = System.nanoTime();
        phase.set(Phase.STOPPED);
        postgres.stop();
        print("PostgreSQL stopped (fast shutdown) in %.1f s; away for %d s", seconds(stopping), outage.toSeconds());
        Thread.sleep(outage.toMillis());
        long starting = System.nanoTime();
        postgres.start();
        restartedAt = System.nanoTime();
        phase.set(Phase.RESTARTED);
        print("PostgreSQL started again on the same data directory in %.1f s, %.1f s after it stopped",
                seconds(starting), seconds(stopping));

        awaitRecovery();
        Thread.sleep(AFTER.toMillis());
        working = false;
        workers.shutdown();
        if (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
            failures.add("the load did not end within a minute");
        }
        report();
        checkCommitted();
        checkEngine();
        checkMail();
        print(failures.isEmpty() ? "every promise held" : failures.size() + " promises broken");
        failures.forEach(failure -> print("FAILED %s", failure));
        System.out.flush();
    }

    private void submit(Submissions made, AtomicInteger next) {
        while (working) {
            int number = next.getAndIncrement();
            Phase during = phase.get();
            try {
                committed.add(made.submit(number));
                count(during, "submitted");
                if (during == Phase.RESTARTED) {
                    firstSubmissionAfterRestart.compareAndSet(0, System.nanoTime());
                }
            } catch (RuntimeException e) {
                if (DatabaseUnavailable.causes(e)) {
                    count(during, "refused as a database outage");
                } else {
                    count(during, "failed otherwise");
                    failures.add("submission " + number + " failed other than as an outage: " + e);
                }
            }
        }
    }

    private void poll(int port, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + APPLICATIONS))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "en")
                .timeout(Duration.ofSeconds(30)).build();
        while (working) {
            Phase during = phase.get();
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = answer.statusCode();
                count(during, "API " + status);
                if (status == 200 && during == Phase.RESTARTED) {
                    firstApiAnswerAfterRestart.compareAndSet(0, System.nanoTime());
                }
                if (status != 200 && !isOutageProblem(answer)) {
                    failures.add("the API answered " + status + " (" + during + "): " + answer.body());
                }
                Thread.sleep(500);
            } catch (IOException e) {
                failures.add("the API did not answer (" + during + "): " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A 503 that says when to try again, as a problem document in the caller's language. */
    private static boolean isOutageProblem(HttpResponse<String> answer) throws IOException {
        if (answer.statusCode() != 503 || answer.headers().firstValue("Retry-After").isEmpty()
                || !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return false;
        }
        JsonNode problem = JSON.readTree(answer.body());
        return problem.path("code").asText().equals("error.databaseUnavailable")
                && problem.path("detail").asText().startsWith("The service cannot reach its database");
    }

    private void awaitRecovery() throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY_PATIENCE.toNanos();
        while ((firstApiAnswerAfterRestart.get() == 0 || firstSubmissionAfterRestart.get() == 0)
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        if (firstApiAnswerAfterRestart.get() == 0) {
            failures.add("the API did not answer 200 within " + RECOVERY_PATIENCE + " of the restart");
        } else {
            print("the API answered 200 again %.1f s after PostgreSQL was back",
                    (firstApiAnswerAfterRestart.get() - restartedAt) / 1e9);
        }
        if (firstSubmissionAfterRestart.get() == 0) {
            failures.add("no submission committed within " + RECOVERY_PATIENCE + " of the restart");
        } else {
            print("the first submission committed %.1f s after PostgreSQL was back",
                    (firstSubmissionAfterRestart.get() - restartedAt) / 1e9);
        }
    }

    private void report() {
        for (Phase each : Phase.values()) {
            Map<String, Integer> counts = new TreeMap<>();
            tally.forEach((key, count) -> {
                if (key.startsWith(each + " ")) {
                    counts.put(key.substring(each.toString().length() + 1), count.get());
                }
            });
            print("%s: %s", switch (each) {
                case BEFORE -> "before the stop";
                case STOPPED -> "while PostgreSQL was away";
                case RESTARTED -> "after it was back";
            }, counts);
        }
        if (tally.getOrDefault(Phase.STOPPED + " refused as a database outage", new AtomicInteger()).get() == 0) {
            failures.add("no submission was refused while PostgreSQL was away: the outage was not felt");
        }
        if (tally.getOrDefault(Phase.STOPPED + " API 503", new AtomicInteger()).get() == 0) {
            failures.add("the API never answered 503 while PostgreSQL was away");
        }
    }

    /** Every submission that committed is still submitted; the consistency check then finds every process. */
    private void checkCommitted() {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Integer submitted = jdbc.queryForObject("select count(*) from avustus.application where id = any(?) and status <> 'DRAFT'",
                Integer.class, (Object) committed.toArray(Long[]::new));
        print("submissions committed: %d, of which submitted in the database: %d", committed.size(), submitted);
        if (submitted == null || submitted != committed.size()) {
            failures.add("committed submissions missing: " + (committed.size() - (submitted == null ? 0 : submitted)));
        }
    }

    private void checkEngine() {
        long incidents = context.getBean(RuntimeService.class).createIncidentQuery().count();
        long outOfRetries = context.getBean(ManagementService.class).createJobQuery().noRetriesLeft().count();
        long failing = context.getBean(ManagementService.class).createJobQuery().withException().count();
        print("engine: %d incidents, %d jobs out of retries, %d jobs with a failure they will retry", incidents,
                outOfRetries, failing);
        if (incidents > 0 || outOfRetries > 0) {
            failures.add("the engine has " + incidents + " incidents and " + outOfRetries + " jobs out of retries");
        }
    }

    private void checkMail() throws InterruptedException {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long deadline = System.nanoTime() + MAIL_PATIENCE.toNanos();
        Map<String, Integer> outbox = CrashVerification.outbox(jdbc);
        while (outbox.getOrDefault("PENDING", 0) + outbox.getOrDefault("SENDING", 0) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            outbox = CrashVerification.outbox(jdbc);
        }
        print("outbox: %s", outbox);
        if (outbox.getOrDefault("PENDING", 0) + outbox.getOrDefault("SENDING", 0) + outbox.getOrDefault("FAILED", 0) > 0) {
            failures.add("e-mails unsent or given up " + MAIL_PATIENCE + " after the load: " + outbox);
        }
    }

    private String token(String username) {
        actAs(context.getBean(UserDetailsService.class), username);
        try {
            AccessTokens tokens = context.getBean(AccessTokens.class);
            return tokens.create("Outage drill", tokens.defaultExpiry()).secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void count(Phase during, String what) {
        tally.computeIfAbsent(during + " " + what, any -> new AtomicInteger()).incrementAndGet();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void print(String format, Object... arguments) {
        System.out.println(PROGRESS + String.format(format, arguments));
    }

    /**
     * The embedded server's postmaster, stopped as an administrator's {@code pg_ctl stop -m fast}
     * does (SIGINT: sessions ended, no new one let in, a clean shutdown) and started again with the
     * options it had, which it wrote into postmaster.opts. A signal rather than pg_ctl, which will
     * not run as root, as the scripts may.
     */
    record PostgresControl(Path dataDir, Path log) {

        private static final Pattern OPTION = Pattern.compile("\"([^\"]*)\"|(\\S+)");
        private static final Duration PATIENCE = Duration.ofMinutes(1);

        static PostgresControl of(Path dataDir) {
            return new PostgresControl(dataDir, dataDir.resolveSibling("postgres-after-outage.log"));
        }

        void stop() throws IOException, InterruptedException {
            List<String> pidFile = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            long pid = Long.parseLong(pidFile.get(0).trim());
            Process signal = new ProcessBuilder("kill", "-INT", String.valueOf(pid)).inheritIO().start();
            if (signal.waitFor() != 0) {
                throw new IllegalStateException("could not signal PostgreSQL " + pid);
            }
            // The postmaster removes its pid file as the last step of a clean shutdown.
            awaitThat(() -> !Files.exists(dataDir.resolve("postmaster.pid")), "PostgreSQL to stop");
        }

        void start() throws IOException, InterruptedException {
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                // PostgreSQL will not run as root; zonky starts it in a user namespace of its own, and so does this.
                command.addAll(List.of("unshare", "-U"));
            }
            Matcher option = OPTION.matcher(Files.readString(dataDir.resolve("postmaster.opts")).trim());
            while (option.find()) {
                command.add(option.group(1) != null ? option.group(1) : option.group(2));
            }
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            // The postmaster writes "ready" on the status line of its pid file once it accepts connections.
            awaitThat(() -> Files.exists(dataDir.resolve("postmaster.pid"))
                    && Files.readAllLines(dataDir.resolve("postmaster.pid")).stream().anyMatch(line -> line.trim().equals("ready")),
                    "PostgreSQL to accept connections");
        }

        private static void awaitThat(Check check, String what) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!check.holds()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("waited " + PATIENCE + " for " + what);
                }
                Thread.sleep(50);
            }
        }

        interface Check {
            boolean holds() throws IOException;
        }
    }
}
