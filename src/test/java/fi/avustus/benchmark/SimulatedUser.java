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
 * One person in a browser context of their own in the shared Chromium, driven from a thread of
 * their own: Playwright is not thread-safe, so each user has their own Playwright connected to
 * the browser. The user waits for the crowd's start, logs in, waits for everyone to have logged
 * in, goes round their views with a think time before each step, then keeps the last view open
 * until the crowd is released.
 */
final class SimulatedUser implements Callable<List<SimulatedUser.Visit>> {

    /** One view opened: from the click to its key element visible, and to Vaadin answering every round trip. */
    record Visit(View view, long visibleNanos, long idleNanos) {
    }

    /**
     * The moments the whole crowd shares: all connected; start; all logged in, a few at a time
     * (Chromium loading the application's scripts into 50 fresh contexts at once would swamp the
     * machine), after which everyone starts their rounds together; all done; release.
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
    private final Persona persona;
    private final int rounds;
    private final Random random;
    private final Phases phases;
    private final List<Visit> visits = new ArrayList<>();
    private Page page;
    private int visit;

    SimulatedUser(String cdpEndpoint, String baseUrl, Persona persona, int rounds, Random random, Phases phases) {
        this.cdpEndpoint = cdpEndpoint;
        this.baseUrl = baseUrl;
        this.persona = persona;
        this.rounds = rounds;
        this.random = random;
        this.phases = phases;
    }

    @Override
    public List<Visit> call() throws InterruptedException {
        boolean ready = false;
        boolean loggedIn = false;
        boolean done = false;
        try (Playwright playwright = Playwright.create()) {
            Browser chromium = playwright.chromium().connectOverCDP(cdpEndpoint);
            BrowserContext context = chromium.newContext(new NewContextOptions().setLocale("fi-FI")
                    .setViewportSize(1280, 900));
            page = context.newPage();
            page.setDefaultTimeout(TIMEOUT_MS);
            phases.ready.countDown();
            ready = true;
            phases.start.await();
            phases.logins.acquire();
            try {
                visits.add(login());
            } finally {
                phases.logins.release();
            }
            phases.loggedIn.countDown();
            loggedIn = true;
            phases.loggedIn.await();
            for (int round = 0; round < rounds; round++) {
                for (View view : persona.views()) {
                    think();
                    visits.add(open(view));
                }
            }
            phases.done.countDown();
            done = true;
            phases.release.await();
            context.close();
            // Connected over CDP, closing only disconnects: the shared browser stays up.
            chromium.close();
            return visits;
        } finally {
            if (!ready) {
                phases.ready.countDown();
            }
            if (!loggedIn) {
                phases.loggedIn.countDown();
            }
            if (!done) {
                phases.done.countDown();
            }
        }
    }

    private Visit login() {
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

    private Visit open(View view) {
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

    /** One to two seconds, drawn from the user's own seeded sequence. */
    private void think() throws InterruptedException {
        Thread.sleep(1_000 + random.nextInt(1_000));
    }
}
