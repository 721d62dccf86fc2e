package fi.avustus.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import fi.avustus.benchmark.Memory.Snapshot;
import fi.avustus.benchmark.SimulatedUsers.Phases;
import fi.avustus.benchmark.SimulatedUsers.Visit;
import fi.avustus.benchmark.UiLoadScenario.Persona;
import fi.avustus.journey.Chromium;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;

/**
 * The main views' server round trips with 50 users at once in real browsers, and the memory a
 * Vaadin session holds (see {@link UiLoadScenario} for the people and their views, {@link
 * SimulatedUsers} for what they do). Writes its section of docs/PERFORMANCE.md.
 * {@code mvn -B -Pbenchmark verify -Dtest=UiLoadBenchmark [-Dbenchmark.users=50 -Dbenchmark.rounds=3 -Dbenchmark.drivers=10]}
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "benchmark"})
@Import(UiLoadBenchmark.Instruments.class)
class UiLoadBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(UiLoadBenchmark.class);
    private static final long MINUTE_MS = 60_000;

    /** The server-side timer and the session count, in the application under test only. */
    @TestConfiguration
    static class Instruments {

        @Bean
        RoundTrips roundTrips() {
            return new RoundTrips();
        }

        @Bean
        FilterRegistrationBean<RoundTrips> roundTripTimer(RoundTrips roundTrips) {
            FilterRegistrationBean<RoundTrips> registration = new FilterRegistrationBean<>(roundTrips);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/*");
            return registration;
        }

        @Bean
        LiveSessions liveSessions() {
            return new LiveSessions();
        }
    }

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired RoundTrips roundTrips;
    @Autowired LiveSessions sessions;

    @Test
    void mainViewsWithConcurrentUsers() throws Exception {
        int users = Integer.getInteger("benchmark.users", 50);
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        int drivers = Integer.getInteger("benchmark.drivers", 10);
        int warmUpRounds = Integer.getInteger("benchmark.warmUpRounds", 3);
        long seed = Long.getLong("benchmark.seed", 2026L);
        int loginsAtOnce = Integer.getInteger("benchmark.loginsAtOnce", 5);
        List<Persona> personas = new UiLoadScenario(context).prepare(users);
        String loadBefore = Machine.loadAverage();

        int debuggingPort = freePort();
        String endpoint = "http://127.0.0.1:" + debuggingPort;
        UiLoadReport.Run run;
        try (Playwright launcher = Playwright.create();
             Browser chromium = Chromium.launch(launcher, "--remote-debugging-port=" + debuggingPort)) {
            // One user of each role first, so that the run measures warm code and filled caches.
            List<Persona> warmUp = personas.stream().collect(Collectors.toMap(Persona::role, Function.identity(),
                    (first, other) -> first)).values().stream().toList();
            crowd(endpoint, List.of(warmUp), warmUpRounds, seed - 1, new Phases(warmUp.size(), warmUp.size(), false));
            sessions.invalidateAll();
            roundTrips.clear();

            Phases phases = new Phases(personas.size(), loginsAtOnce, true);
            List<List<Persona>> groups = groups(personas, drivers);
            ExecutorService threads = Executors.newFixedThreadPool(groups.size());
            try {
                List<Future<List<Visit>>> crowd = start(endpoint, groups, rounds, seed, phases, threads);
                await(phases.ready, crowd);
                Snapshot idle = Memory.take(sessions);
                long loggingIn = System.nanoTime();
                phases.start.countDown();
                await(phases.loggedIn, crowd);
                long started = System.nanoTime();
                await(phases.done, crowd);
                double seconds = (System.nanoTime() - started) / 1e9;
                Snapshot loaded = Memory.take(sessions);
                sessions.invalidateAll();
                Snapshot ended = Memory.take(sessions);
                phases.release.countDown();
                List<Visit> visits = new ArrayList<>();
                for (Future<List<Visit>> user : crowd) {
                    visits.addAll(user.get());
                }
                run = new UiLoadReport.Run(personas, groups.size(), rounds, loginsAtOnce, (started - loggingIn) / 1e9, seconds, roundTrips.samples(), visits, idle, loaded, ended,
                        Machine.describe(jdbc), loadBefore, Machine.loadAverage(), vaadinMode());
            } finally {
                threads.shutdownNow();
            }
        }
        assertThat(run.visits()).hasSize(users * (1 + 3 * rounds));
        assertThat(run.loaded().sessions()).isGreaterThanOrEqualTo(users);
        String report = new UiLoadReport(run).markdown();
        PerformanceDoc.replaceSection("ui-load-benchmark", report);
        LOG.info("\n{}", report);
    }

    /** Runs users who need no common start or release to the end: the warm-up. */
    private void crowd(String endpoint, List<List<Persona>> groups, int rounds, long seed, Phases phases) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(groups.size());
        try {
            for (Future<List<Visit>> user : start(endpoint, groups, rounds, seed, phases, threads)) {
                user.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private List<Future<List<Visit>>> start(String endpoint, List<List<Persona>> groups, int rounds, long seed,
                                            Phases phases, ExecutorService threads) {
        String baseUrl = "http://localhost:" + port + "/";
        List<Future<List<Visit>>> started = new ArrayList<>();
        for (int number = 0; number < groups.size(); number++) {
            started.add(threads.submit(new SimulatedUsers(endpoint, baseUrl, groups.get(number), rounds,
                    new Random(seed * 1_000 + number), phases)));
        }
        return started;
    }

    /** The people dealt out to the drivers in turn, so that every driver has applicants and staff. */
    private static List<List<Persona>> groups(List<Persona> personas, int drivers) {
        List<List<Persona>> groups = new ArrayList<>();
        for (int number = 0; number < personas.size(); number++) {
            if (number < drivers) {
                groups.add(new ArrayList<>());
            }
            groups.get(number % drivers).add(personas.get(number));
        }
        return groups;
    }

    /** Waits for the crowd to reach a moment, failing as soon as a user has failed. */
    private static void await(CountDownLatch moment, Collection<Future<List<Visit>>> crowd) throws Exception {
        long deadline = System.currentTimeMillis() + 30 * MINUTE_MS;
        while (!moment.await(2, TimeUnit.SECONDS)) {
            for (Future<List<Visit>> user : crowd) {
                if (user.isDone()) {
                    user.get();
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new ExecutionException(new IllegalStateException("the crowd did not get there in 30 minutes"));
            }
        }
    }

    private String vaadinMode() {
        var servletContext = ((WebApplicationContext) context).getServletContext();
        return ApplicationConfiguration.get(new VaadinServletContext(servletContext)).isProductionMode()
                ? "production" : "development";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
