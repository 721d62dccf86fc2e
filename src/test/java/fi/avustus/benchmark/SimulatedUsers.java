package fi.avustus.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import fi.avustus.benchmark.UiLoadScenario.Persona;
import fi.avustus.benchmark.UiLoadScenario.View;
import fi.avustus.journey.Chromium;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

/**
 * A few people driven by one Playwright from one thread (Playwright is not thread-safe, and a
 * driver process per person swamped a 2-core machine at 50 people), each in a browser context of
 * their own in the shared Chromium. They wait for the crowd's start, log in, wait for everyone to
 * have logged in, then go round their views: at each step the group thinks for a while, then every
 * one of them opens their next view in turn. Their sessions stay open until the crowd is released.
 */
final class SimulatedUsers implements Callable<List<SimulatedUsers.Visit>> {

    /** One view opened: from the click to its key element visible, and to Vaadin answering every round trip. */
    record Visit(View view, long visibleNanos, long idleNanos) {
    }

    /**
     * The moments the whole crowd shares, counted per person: all connected; start; all logged in,
     * a few at a time (Chromium loading the application's scripts into 50 fresh contexts at once
     * would swamp the machine), after which everyone starts their rounds together; all done; release.
     */
    static final class Phases {
        final CountDownLatch ready;
        final CountDownLatch start;
        final Semaphore logins;
        final CountDownLatch loggedIn;
        final CountDownLatch done;
        final CountDownLatch release;

        Phases(int users, int loginsAtOnce, boolean held) {
            ready = new CountDownLatch(users);
            start = new CountDownLatch(held ? 1 : 0);
            logins = new Semaphore(loginsAtOnce);
            loggedIn = new CountDownLatch(users);
            done = new CountDownLatch(users);
            release = new CountDownLatch(held ? 1 : 0);
        }

        private static void countDown(CountDownLatch latch, int times) {
            for (int i = 0; i < times; i++) {
                latch.countDown();
            }
        }
    }

    static final View LOGIN = new View("login", "login", "login", UiLoadScenario.HOME.keyElement());
    private static final int TIMEOUT_MS = 180_000;
    /** A link the router handles, as a RouterLink renders it: the view opens without reloading the page. */
    private static final String NAVIGATE = """
            path => {
              const link = document.createElement('a');
              link.href = path;
              link.setAttribute('router-link', '');
              document.body.append(link);
              link.click();
              link.remove();
            }
            """;
    private static final String MARK_PAGE = "() => { window.benchmarkPage = true; }";
    private static final String SAME_PAGE = "() => window.benchmarkPage === true";

    private final String cdpEndpoint;
    private final String baseUrl;
    private final List<Persona> personas;
    private final int rounds;
    private final Random random;
    private final Phases phases;

    SimulatedUsers(String cdpEndpoint, String baseUrl, List<Persona> personas, int rounds, Random random, Phases phases) {
        this.cdpEndpoint = cdpEndpoint;
        this.baseUrl = baseUrl;
        this.personas = List.copyOf(personas);
        this.rounds = rounds;
        this.random = random;
        this.phases = phases;
    }

    @Override
    public List<Visit> call() throws InterruptedException {
        int group = personas.size();
        boolean ready = false;
        int loggedIn = 0;
        boolean done = false;
        List<Visit> visits = new ArrayList<>();
        try (Playwright playwright = Playwright.create()) {
            Browser chromium = playwright.chromium().connectOverCDP(cdpEndpoint);
            List<Person> people = new ArrayList<>();
            for (Persona persona : personas) {
                BrowserContext context = chromium.newContext(new NewContextOptions().setLocale("fi-FI")
                        .setViewportSize(1280, 900));
                Page page = context.newPage();
                page.setDefaultTimeout(TIMEOUT_MS);
                people.add(new Person(persona, context, page));
            }
            Phases.countDown(phases.ready, group);
            ready = true;
            phases.start.await();
            for (Person person : people) {
                phases.logins.acquire();
                try {
                    visits.add(person.login());
                } finally {
                    phases.logins.release();
                }
                phases.loggedIn.countDown();
                loggedIn++;
            }
            phases.loggedIn.await();
            int steps = personas.get(0).views().size();
            for (int round = 0; round < rounds; round++) {
                for (int step = 0; step < steps; step++) {
                    think();
                    for (Person person : people) {
                        visits.add(person.open(person.persona.views().get(step)));
                    }
                }
            }
            Phases.countDown(phases.done, group);
            done = true;
            phases.release.await();
            for (Person person : people) {
                person.context.close();
            }
            // Connected over CDP, closing only disconnects: the shared browser stays up.
            chromium.close();
            return visits;
        } finally {
            if (!ready) {
                Phases.countDown(phases.ready, group);
            }
            Phases.countDown(phases.loggedIn, group - loggedIn);
            if (!done) {
                Phases.countDown(phases.done, group);
            }
        }
    }

    /** One to two seconds, drawn from the group's own seeded sequence. */
    private void think() throws InterruptedException {
        Thread.sleep(1_000 + random.nextInt(1_000));
    }

    /** One person's page and the visits they make, numbered for the server's timer. */
    private final class Person {

        private final Persona persona;
        private final BrowserContext context;
        private final Page page;
        private int visit;

        Person(Persona persona, BrowserContext context, Page page) {
            this.persona = persona;
            this.context = context;
            this.page = page;
        }

        Visit login() {
            label(LOGIN);
            page.navigate(baseUrl + "login");
            page.locator("vaadin-login-form input[name=username]").fill(persona.username());
            page.locator("vaadin-login-form input[name=password]").fill(UiLoadScenario.PASSWORD);
            long start = System.nanoTime();
            page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
            Visit login = waitFor(LOGIN, start);
            page.evaluate(MARK_PAGE);
            return login;
        }

        Visit open(View view) {
            label(view);
            long start = System.nanoTime();
            page.evaluate(NAVIGATE, baseUrl + view.path());
            Visit opened = waitFor(view, start);
            if (!Boolean.TRUE.equals(page.evaluate(SAME_PAGE))) {
                throw new IllegalStateException(persona.username() + ": opening " + view.path() + " reloaded the page");
            }
            return opened;
        }

        private Visit waitFor(View view, long start) {
            page.locator(view.keyElement()).waitFor();
            long visible = System.nanoTime();
            page.waitForFunction(Chromium.VAADIN_IDLE);
            return new Visit(view, visible - start, System.nanoTime() - start);
        }

        /** Every request from now on names the view and this visit, for the server's timer. */
        private void label(View view) {
            page.setExtraHTTPHeaders(Map.of(RoundTrips.VIEW_HEADER, view.name(),
                    RoundTrips.VISIT_HEADER, persona.username() + "#" + ++visit));
        }
    }
}
