package fi.avustus.benchmark;

import fi.avustus.benchmark.Memory.Snapshot;
import fi.avustus.benchmark.RoundTrips.Kind;
import fi.avustus.benchmark.RoundTrips.Sample;
import fi.avustus.benchmark.SimulatedUsers.Visit;
import fi.avustus.benchmark.UiLoadScenario.Persona;
import fi.avustus.benchmark.UiLoadScenario.View;
import fi.avustus.benchmark.Latencies.Percentiles;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The UI load benchmark's section of docs/PERFORMANCE.md. */
final class UiLoadReport {

    /** What a run measured and on what. */
    record Run(List<Persona> personas, int drivers, int rounds, int loginsAtOnce, double loginSeconds, double seconds,
               List<Sample> samples, List<Visit> visits, Snapshot idle, Snapshot loaded, Snapshot ended,
               String machine, String loadBefore, String loadAfter, String vaadinMode) {
    }

    private static final Set<Kind> APPLICATION_CODE = EnumSet.of(Kind.PAGE, Kind.INIT, Kind.UIDL, Kind.LOGIN);
    private static final List<String> STEPS = List.of(View.INBOX, View.CASE, View.OVERVIEW, SimulatedUsers.LOGIN.step());

    private final Run run;
    private final StringBuilder text = new StringBuilder();

    UiLoadReport(Run run) {
        this.run = run;
    }

    String markdown() {
        int users = run.personas().size();
        line("## Main views under %d concurrent users", users);
        line("");
        line("""
                %d simulated users, each in a browser context of its own in one headless Chromium (Debian's, driven \
                by Playwright), log in (%d at a time), and once all have, go round their views together %d times: a \
                case → an overview → their inbox. They are driven by %d Playwright drivers, one thread each, which \
                take their people in turn: at each step a driver waits 1–2 s (seeded think time), then opens each \
                of its people's next view one after the other; so all sessions stay open and active throughout, \
                and up to %d users act at the same moment. %s. They are made through the facades on the demo data: applicants of \
                different demo organisations who have applied in one call (some funded), and staff. Views open as \
                a click on a link opens them, by the router without reloading the page (the benchmark fails if a \
                page reloads). Re-run: `mvn -B -Pbenchmark verify -Dtest=UiLoadBenchmark` \
                (`-Dbenchmark.users=50 -Dbenchmark.drivers=10 -Dbenchmark.rounds=3 -Dbenchmark.loginsAtOnce=5`).""",
                users, run.loginsAtOnce(), run.rounds(), run.drivers(), run.drivers(), roles());
        line("");
        line("%s Load average %s before the run and %s after it. Vaadin in %s mode, as `mvn` runs the tests. "
                + "Logging everyone in took %.0f s, the rounds %.0f s.", run.machine(), run.loadBefore(), run.loadAfter(),
                run.vaadinMode(), run.loginSeconds(), run.seconds());
        line("");
        serverTimes();
        clientTimes();
        memory();
        return text.toString();
    }

    private String roles() {
        return run.personas().stream().collect(Collectors.groupingBy(persona -> persona.role().name().toLowerCase(),
                LinkedHashMap::new, Collectors.toList())).entrySet().stream()
                .map(role -> role.getValue().size() + " " + role.getKey().replace('_', ' ') + "s ("
                        + role.getValue().get(0).views().stream().map(view -> view.name()).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(", "));
    }

    private void serverTimes() {
        line("**On the server**: each request timed from the first servlet filter (before Spring Security) until "
                + "its response is written, counted for the view the user was opening. The navigation is the round "
                + "trip that opens the view (for the login: the form's POST, which checks the password); the "
                + "requests are all of a view's requests that reach the application's code (page loads, Vaadin's "
                + "round trips such as a grid asking for its rows; not scripts, styles or heartbeats).");
        line("");
        line("| view | step | visits | navigation p50 ms | p95 | p99 | max | requests | all requests p50 ms | p95 | p99 | max |");
        line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String view : views()) {
            List<Sample> samples = samples(sample -> sample.view().equals(view));
            line("| %s | %s | %d | %s | %d | %s |", view, step(view), visits(samples), Percentiles.of(navigations(samples)).cells(),
                    samples.size(), Percentiles.of(nanos(samples)).cells());
        }
        List<Sample> main = samples(sample -> !sample.view().equals(SimulatedUsers.LOGIN.name()));
        line("| **all views but the login** | | %d | **%s** | %d | %s |", visits(main), Percentiles.of(navigations(main)).cells(),
                main.size(), Percentiles.of(nanos(main)).cells());
        line("");
        line("| request kind | requests | p50 ms | p95 | p99 | max |");
        line("|---|---:|---:|---:|---:|---:|");
        for (Kind kind : APPLICATION_CODE) {
            List<Sample> samples = samples(sample -> sample.kind() == kind);
            if (!samples.isEmpty()) {
                line("| %s | %d | %s |", kind.name().toLowerCase(), samples.size(), Percentiles.of(nanos(samples)).cells());
            }
        }
        line("");
    }

    private void clientTimes() {
        line("**In the browser**, for context: from the click to the view's key element visible, and to Vaadin "
                + "having answered every round trip (the grids' rows loaded). Chromium renders all %d pages on the "
                + "same 2 cores as the server, so these include its CPU use and waiting for the cores.",
                run.personas().size());
        line("");
        line("| view | visits | visible p50 ms | p95 | p99 | max | idle p50 ms | p95 | p99 | max |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String view : views()) {
            List<Visit> visits = run.visits().stream().filter(visit -> visit.view().name().equals(view)).toList();
            line("| %s | %d | %s | %s |", view, visits.size(), Percentiles.of(visits.stream().mapToLong(Visit::visibleNanos)
                    .toArray()).cells(), Percentiles.of(visits.stream().mapToLong(Visit::idleNanos).toArray()).cells());
        }
        line("");
    }

    private void memory() {
        Snapshot idle = run.idle();
        Snapshot loaded = run.loaded();
        Snapshot ended = run.ended();
        line("**Memory per Vaadin session**: the heap still used after full collections (`System.gc()` until it "
                + "stops shrinking) in the test JVM, which runs the application; the browser contexts stay open "
                + "throughout, so the Playwright client's objects count in every row alike.");
        line("");
        line("| moment | HTTP sessions | Vaadin UIs | heap used MiB | JVM RSS MiB |");
        line("|---|---:|---:|---:|---:|");
        memoryRow("before the crowd logs in (after a warm-up, its sessions ended)", idle);
        memoryRow("the crowd logged in, each on their last view", loaded);
        memoryRow("those sessions ended (invalidated, as a timeout ends them)", ended);
        line("");
        int sessions = loaded.sessions() - ended.sessions();
        line("- per session, what ending them freed: **%s KiB** ((%s − %s MiB) / %d)",
                Memory.kib((loaded.heapUsed() - ended.heapUsed()) / Math.max(1, sessions)), loaded.heapMiB(),
                ended.heapMiB(), sessions);
        line("- per session, against before the crowd: %s KiB ((%s − %s MiB) / %d); this also holds what the run "
                + "left in caches and pools", Memory.kib((loaded.heapUsed() - idle.heapUsed())
                / Math.max(1, loaded.sessions() - idle.sessions())), loaded.heapMiB(), idle.heapMiB(),
                loaded.sessions() - idle.sessions());
    }

    /** The views in the order of the steps: inboxes, cases, overviews, the login. */
    private List<String> views() {
        Map<String, String> stepOf = new LinkedHashMap<>();
        run.visits().forEach(visit -> stepOf.putIfAbsent(visit.view().name(), visit.view().step()));
        return stepOf.keySet().stream().sorted(Comparator.comparingInt((String view) -> STEPS.indexOf(stepOf.get(view)))
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    private String step(String view) {
        return run.visits().stream().filter(visit -> visit.view().name().equals(view)).findFirst()
                .map(visit -> visit.view().step()).orElse("");
    }

    private List<Sample> samples(Predicate<Sample> which) {
        return run.samples().stream().filter(sample -> APPLICATION_CODE.contains(sample.kind())).filter(which).toList();
    }

    private static int visits(List<Sample> samples) {
        return samples.stream().map(Sample::visit).collect(Collectors.toCollection(TreeSet::new)).size();
    }

    /** Each visit's navigation: the login's POST, or else its first round trip. */
    private static long[] navigations(List<Sample> samples) {
        return samples.stream().collect(Collectors.groupingBy(Sample::visit)).values().stream()
                .map(visit -> visit.stream().filter(sample -> sample.kind() == Kind.LOGIN).findFirst()
                        .orElseGet(() -> visit.stream().min(Comparator.comparingLong(Sample::startNanos)).orElseThrow()))
                .mapToLong(Sample::nanos).toArray();
    }

    private static long[] nanos(List<Sample> samples) {
        return samples.stream().mapToLong(Sample::nanos).toArray();
    }

    private void memoryRow(String moment, Snapshot snapshot) {
        line("| %s | %d | %d | %s | %s |", moment, snapshot.sessions(), snapshot.uis(), snapshot.heapMiB(),
                snapshot.rssMiB());
    }

    private void line(String format, Object... arguments) {
        text.append(arguments.length == 0 ? format : format.formatted(arguments)).append('\n');
    }
}
