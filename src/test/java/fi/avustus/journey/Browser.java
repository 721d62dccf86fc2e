package fi.avustus.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's headless Chromium driven by Playwright (no browser download), with an axe-core
 * check of WCAG 2.1 A/AA on each page a journey visits.
 */
final class Browser implements AutoCloseable {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    /** Fewer than a grid shows at once in the window size below, so scrolling by it skips no row. */
    private static final int ROWS_PER_SCROLL = 10;
    /**
     * The slot names of the cells of the first rendered grid row whose cells under the given
     * headers show the given texts, or null. Cells are slotted, so the texts are read through
     * each cell's slot.
     */
    private static final String CELLS_OF_ROW = """
            (grid, wanted) => {
              const text = cell => {
                const slot = cell && cell.querySelector('slot');
                const content = slot && slot.assignedElements()[0];
                return content ? content.textContent.trim() : '';
              };
              const headers = [...grid.shadowRoot.querySelector('thead tr').children].map(text);
              for (const row of grid.shadowRoot.querySelectorAll('tbody tr')) {
                const cells = [...row.children];
                if (!row.hidden && Object.entries(wanted).every(([header, value]) =>
                    headers.includes(header) && text(cells[headers.indexOf(header)]) === value)) {
                  return cells.map(cell => cell.querySelector('slot').name);
                }
              }
              return null;
            }
            """;

    /**
     * A notification fades out on its own timer, which may fire while axe measures the page: axe
     * then sees half-transparent text. Without the animation Vaadin shows and removes notifications
     * at once (as for a user who asked for reduced motion), so every check sees them whole or not at all.
     */
    private static final String STILL_NOTIFICATIONS = """
            document.addEventListener('DOMContentLoaded', () => {
              const style = document.createElement('style');
              style.textContent = 'vaadin-notification-card { animation: none !important; }';
              document.head.append(style);
            });
            """;

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String language;
    private final String baseUrl;
    private final Map<String, Page> sessions = new HashMap<>();
    Page page;

    Browser(int port, String language) {
        playwright = Playwright.create();
        chromium = Chromium.launch(playwright);
        this.language = language;
        baseUrl = "http://localhost:" + port + "/";
        page = newSession();
    }

    private Page newSession() {
        BrowserContext context = chromium.newContext(new NewContextOptions().setLocale(language).setViewportSize(1280, 900));
        context.addInitScript(STILL_NOTIFICATIONS);
        Page session = context.newPage();
        session.setDefaultTimeout(30_000);
        return session;
    }

    /**
     * Continues in this person's own browser session, as if on their own machine: the first time
     * in a new session with a login, later where they left off.
     */
    void as(String username, String password) {
        Page own = sessions.get(username);
        if (own != null) {
            page = own;
            return;
        }
        page = newSession();
        sessions.put(username, page);
        login(username, password);
    }

    void open(String path) {
        page.navigate(baseUrl + path);
        settle();
    }

    /** Waits until Vaadin has rendered and answered every pending server round trip. */
    void settle() {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction(Chromium.VAADIN_IDLE);
    }

    /** Waits for an element with this text, e.g. a grid row that a lazy search brings. */
    void waitForText(String selector, String text) {
        page.locator(selector).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(text)).first()
                .waitFor();
        settle();
    }

    /** Goes to a page through the side menu, as a person does: the router navigates without reloading the page. */
    void openFromMenu(String path) {
        page.locator("vaadin-side-nav-item[path='" + path + "']").click();
        page.waitForURL(url -> url.endsWith("/" + path));
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

    /** Types into a (multi-select) combo box and picks the first matching item. */
    void choose(String field, String text) {
        Locator input = page.locator(field + " input");
        input.click();
        input.fill(text);
        page.locator("vaadin-combo-box-item, vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(text)).first().click();
        // Tab, not Escape: Escape on a closed combo box with a clear button clears the choice.
        input.press("Tab");
        settle();
        assertThat(page.locator(field).getAttribute("has-value")).as(field + " chosen").isNotNull();
    }

    /** Types a day into a date picker the way a Finnish user writes it. */
    void date(String field, LocalDate value) {
        Locator input = page.locator(field + " input");
        input.fill(FINNISH_DATE.format(value));
        input.press("Enter");
        settle();
    }

    /**
     * Clicks a button in the grid row whose cells under the given column headers show exactly the
     * given texts. The grid renders only the rows in view, so it is scrolled until the row appears.
     * A grid that loads pages without counting its rows first (the task inbox) grows its size as it
     * is scrolled, so the size is read again at every step.
     */
    void clickInGridRow(String grid, Map<String, String> textsByHeader, String button) {
        for (int index = 0; index < Math.max(gridSize(grid), 1); index += ROWS_PER_SCROLL) {
            page.evalOnSelector(grid, "(grid, index) => grid.scrollToIndex(index)", index);
            settle();
            if (page.evalOnSelector(grid, CELLS_OF_ROW, textsByHeader) instanceof List<?> slots) {
                String cells = slots.stream().map(slot -> "vaadin-grid-cell-content[slot='" + slot + "']")
                        .collect(Collectors.joining(", "));
                page.locator(cells).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button)).click();
                return;
            }
        }
        throw new AssertionError("No row in " + grid + " with " + textsByHeader);
    }

    private int gridSize(String grid) {
        return ((Number) page.evalOnSelector(grid, "grid => grid.size")).intValue();
    }

    /** Fails with the list of violations if the current page breaks a WCAG 2.1 A/AA rule. */
    void assertAccessible(String name) {
        // An opening animation (a dialog fading in) would have axe measure half-transparent text;
        // finishing them checks what the user sees a moment later. Endless ones cannot finish.
        page.evaluate("() => document.getAnimations().forEach(animation => {"
                + " try { animation.finish(); } catch (endless) { } })");
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
