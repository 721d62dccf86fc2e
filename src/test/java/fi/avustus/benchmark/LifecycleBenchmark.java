package fi.avustus.benchmark;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallForm;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.programme.Programmes;
import fi.avustus.project.Projects;
import fi.avustus.scale.GrantLifecycle;
import fi.avustus.security.SystemUser;
import fi.avustus.security.Users;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Complete grant lifecycles per second (submit → completeness check → two assessments → proposal
 * → decision → funded project), driven through the process facades as the screens drive them,
 * with one and two worker threads; and in the same run a bare Camunda engine on the same
 * PostgreSQL server running the same shape with no-op steps. Also the database transactions each
 * lifecycle costs and PostgreSQL's own commit rate here. Writes its section of docs/PERFORMANCE.md.
 * {@code mvn -B -Pbenchmark verify -Dtest=LifecycleBenchmark}
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles({"demo", "benchmark"})
class LifecycleBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(LifecycleBenchmark.class);
    private static final String BARE_DATABASE = "bare";
    private static final int TURNS = 5;

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired HikariDataSource dataSource;
    @Autowired UserDetailsService users;
    @Autowired Projects projects;

    private final StepTimes steps = new StepTimes();
    private Map<String, Double> stepMillis = Map.of();

    /** A run's outcome: lifecycles per second and database transactions per lifecycle. */
    record Run(String engine, int threads, int lifecycles, double perSecond, double transactionsPerLifecycle,
               double jvmCpuMillis, double postgresCpuMillis) {
    }

    @Test
    void lifecyclesPerSecondAgainstTheBareEngine() throws Exception {
        int warmUp = Integer.getInteger("benchmark.warmUp", 40);
        int measured = Integer.getInteger("benchmark.lifecycles", 200);
        GrantLifecycle lifecycle = new GrantLifecycle(context);
        CallSummary call = rollingCall();
        long organisationId = organisationOf("hakija");
        AtomicInteger caseNumber = new AtomicInteger();

        jdbc.execute("create database " + BARE_DATABASE);
        String bareUrl = dataSource.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + BARE_DATABASE + "$1");
        List<Run> runs = new ArrayList<>();
        try (BareEngine bare = new BareEngine(bareUrl, dataSource.getUsername(), dataSource.getMaximumPoolSize())) {
            IntConsumer ours = number -> {
                long applicationId = drafts.remove();
                steps.time("submit", () -> lifecycle.submit("hakija", applicationId));
                steps.time("completeness check", () -> lifecycle.checkComplete("virkailija", applicationId,
                        List.of("arvioija1", "arvioija2")));
                steps.time("assessment (2)", () -> {
                    lifecycle.assess("arvioija1", call, applicationId, new Random(number));
                    lifecycle.assess("arvioija2", call, applicationId, new Random(number + 1));
                });
                steps.time("proposal", () -> lifecycle.propose("virkailija", applicationId, true));
                steps.time("decision", () -> assertThat(lifecycle.approve("paattaja", applicationId)).isNotNull());
            };
            IntConsumer bareLifecycle = number -> bare.lifecycle("bare-" + caseNumber.incrementAndGet());

            prepareDrafts(lifecycle, call, organisationId, 2 * warmUp + 2 * measured);
            run(ours, warmUp, 2);
            run(bareLifecycle, warmUp, 2);
            settleStatistics();
            for (int threads : new int[] {1, 2}) {
                steps.reset();
                runs.addAll(measureInTurns(ours, bareLifecycle, measured, threads));
                if (threads == 1) {
                    stepMillis = steps.perLifecycle(measured);
                    LOG.info("Milliseconds per lifecycle by step, one thread: {}", stepMillis);
                }
            }
        }
        OptionalDouble pgbench1 = PgBench.commitRate(port(), BARE_DATABASE, 1, 20);
        OptionalDouble pgbench2 = PgBench.commitRate(port(), BARE_DATABASE, 2, 20);
        PerformanceDoc.replaceSection("lifecycle-benchmark", report(runs, measured, pgbench1, pgbench2));
        runs.forEach(run -> LOG.info("{}", run));
    }

    private final Queue<Long> drafts = new ConcurrentLinkedQueue<>();

    /** Drafts are the applicant's work before the lifecycle starts: made beforehand, untimed. */
    private void prepareDrafts(GrantLifecycle lifecycle, CallSummary call, long organisationId, int count) {
        for (int number = 0; number < count; number++) {
            drafts.add(lifecycle.draft("hakija", call, organisationId, number, new Random(number)));
        }
    }

    /**
     * Both engines take turns in slices of {@link #TURNS}, so that a change in the shared machine's
     * load falls on both alike rather than on whichever ran second.
     */
    private List<Run> measureInTurns(IntConsumer ours, IntConsumer bare, int count, int threads) throws Exception {
        String database = currentDatabase();
        long oursBefore = transactions(database);
        long bareBefore = transactions(BARE_DATABASE);
        Tally oursTally = new Tally();
        Tally bareTally = new Tally();
        for (int turn = 0; turn < TURNS; turn++) {
            int slice = count / TURNS + (turn < count % TURNS ? 1 : 0);
            oursTally.time(ours, slice, threads);
            bareTally.time(bare, slice, threads);
        }
        settleStatistics();
        List<Run> measured = List.of(
                oursTally.result("Avustus", threads, count, transactions(database) - oursBefore),
                bareTally.result("bare Camunda", threads, count, transactions(BARE_DATABASE) - bareBefore));
        measured.forEach(run -> LOG.info("{}", run));
        return measured;
    }

    /** Wall-clock and CPU time summed over an engine's turns. */
    private static final class Tally {

        private long wallNanos;
        private long jvmNanos;
        private long postgresNanos;

        void time(IntConsumer lifecycle, int count, int threads) throws Exception {
            long jvmBefore = CpuTime.jvmNanos();
            long postgresBefore = CpuTime.postgresNanos();
            long started = System.nanoTime();
            run(lifecycle, count, threads);
            wallNanos += System.nanoTime() - started;
            jvmNanos += CpuTime.jvmNanos() - jvmBefore;
            postgresNanos += CpuTime.postgresNanos() - postgresBefore;
        }

        Run result(String engine, int threads, int count, long transactions) {
            return new Run(engine, threads, count, count / (wallNanos / 1e9), (double) transactions / count,
                    jvmNanos / 1e6 / count, postgresNanos / 1e6 / count);
        }
    }

    private static void run(IntConsumer lifecycle, int count, int threads) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> running = new ArrayList<>();
            for (int worker = 0; worker < threads; worker++) {
                running.add(workers.submit(() -> {
                    for (int number; (number = next.getAndIncrement()) < count; ) {
                        lifecycle.accept(number);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** Backends report their counts when idle, at most every 10 seconds: a reading waits for them. */
    private static void settleStatistics() throws InterruptedException {
        Thread.sleep(11_000);
    }

    /** Commits and rollbacks so far in one database, as reported (see {@link #settleStatistics}). */
    private long transactions(String database) {
        return jdbc.queryForObject("select xact_commit + xact_rollback from pg_stat_database where datname = ?",
                Long.class, database);
    }

    private String report(List<Run> runs, int measured, OptionalDouble pgbench1, OptionalDouble pgbench2) {
        StringBuilder text = new StringBuilder("""
                ## Grant lifecycle throughput

                A lifecycle: the applicant submits a prepared draft → an official checks it complete and \
                names two reviewers → both assess → an official proposes a positive decision → a decision \
                maker approves, which writes the decision letter (PDF) and creates the funded project and \
                its reporting process. Driven through the facades and process facades as the screens drive \
                them, each step as its user. The bare engine runs the same shape \
                (src/test/resources/benchmark/bare-lifecycle.bpmn) with no-op steps on a database of its \
                own in the same PostgreSQL server, history level full. Re-run: \
                `mvn -B -Pbenchmark verify -Dtest=LifecycleBenchmark`.

                """);
        text.append(Machine.describe(jdbc)).append(" ").append(measured).append(" lifecycles per engine and thread count"
                + " after a warm-up, the two engines taking turns in ").append(TURNS).append(" slices each. CPU time is the"
                + " JVM's (both engines live in it, but only one runs at a time) and the PostgreSQL server processes'.\n\n");
        text.append("| engine | threads | lifecycles/s | DB transactions per lifecycle | CPU ms per lifecycle: JVM |"
                + " PostgreSQL |\n|---|---|---:|---:|---:|---:|\n");
        for (Run run : runs) {
            text.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", run.engine(),
                    run.threads(), run.perSecond(), run.transactionsPerLifecycle(), run.jvmCpuMillis(),
                    run.postgresCpuMillis()));
        }
        text.append("\n");
        for (int threads : new int[] {1, 2}) {
            double ours = rate(runs, "Avustus", threads);
            double bare = rate(runs, "bare Camunda", threads);
            text.append(String.format(Locale.ROOT, "- %d thread%s: Avustus / bare = **%.2f** (target ≥ 0.80)%n",
                    threads, threads == 1 ? "" : "s", ours / bare));
        }
        text.append(String.format(Locale.ROOT, "- PostgreSQL's commit rate here (pgbench simple-update, 20 s): %s with 1"
                + " client, %s with 2%n", tps(pgbench1), tps(pgbench2)));
        text.append("\nWhere an Avustus lifecycle's time goes (one thread, wall clock per lifecycle):\n\n"
                + "| step | ms |\n|---|---:|\n");
        stepMillis.forEach((step, millis) -> text.append(String.format(Locale.ROOT, "| %s | %.1f |%n", step, millis)));
        return text.toString();
    }

    private static double rate(List<Run> runs, String engine, int threads) {
        return runs.stream().filter(run -> run.engine().equals(engine) && run.threads() == threads)
                .mapToDouble(Run::perSecond).findFirst().orElseThrow();
    }

    private static String tps(OptionalDouble rate) {
        return rate.isPresent() ? String.format(Locale.ROOT, "%.0f transactions/s", rate.getAsDouble()) : "not measured"
                + " (pgbench is not installed)";
    }

    private CallSummary rollingCall() {
        actAs(users, "admin");
        try {
            Clock clock = context.getBean(Clock.class);
            long funder = context.getBean(Organisations.class).active().get(0).id();
            long programmeId = context.getBean(Programmes.class)
                    .create(ProgrammeFixtures.programme(funder, clock, "900000000")).id();
            CallForm form = ProgrammeFixtures.completeCall(programmeId, clock, "800000000");
            form.setAssessAfterClose(false);
            Calls calls = context.getBean(Calls.class);
            return calls.publish(calls.create(form).id());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long organisationOf(String username) {
        return SystemUser.call(() -> context.getBean(Users.class).find(username)).orElseThrow().organisationIds()
                .iterator().next();
    }

    private String currentDatabase() {
        return jdbc.queryForObject("select current_database()", String.class);
    }

    private int port() {
        return jdbc.queryForObject("select setting::int from pg_settings where name = 'port'", Integer.class);
    }
}
