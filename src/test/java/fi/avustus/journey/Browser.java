package fi.avustus.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's headless Chromium driven by Playwright (no browser download), with an axe-core
 * check of WCAG 2.1 A/AA on each page a journey visits.
 */
final class Browser implements AutoCloseable {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    final Page page;
    private final String baseUrl;

    Browser(int port, String language) {
        playwright = Playwright.create();
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        page = chromium.newContext(new NewContextOptions().setLocale(language).setViewportSize(1280, 900)).newPage();
        page.setDefaultTimeout(30_000);
        baseUrl = "http://localhost:" + port + "/";
    }

    void open(String path) {
        page.navigate(baseUrl + path);
        settle();
    }

    /** Waits until Vaadin has rendered and answered every pending server round trip. */
    void settle() {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    /** Waits for an element with this text, e.g. a grid row that a lazy search brings. */
    void waitForText(String selector, String text) {
        page.locator(selector).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(text)).first()
                .waitFor();
        settle();
    }

    void login(String username, String password) {
        open("login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
        settle();
    }

    void logout() {
        page.locator("#logout").click();
        page.waitForURL(url -> url.contains("/login"));
        settle();
    }

    /** Fails with the list of violations if the current page breaks a WCAG 2.1 A/AA rule. */
    void assertAccessible(String name) {
        screenshot(name);
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA)
                // The development-mode tools are not part of the product.
                .exclude(List.of("vaadin-dev-tools"))
                .analyze();
        List<Rule> violations = results.getViolations();
        assertThat(violations).as(name + ": " + violations.stream()
                .map(rule -> rule.getId() + " " + rule.getHelp() + " " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
