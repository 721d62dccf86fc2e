package fi.avustus.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Debian's headless Chromium as the browser tests and benchmarks start it: Playwright drives the
 * installed browser and never downloads one (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD).
 */
public final class Chromium {

    /** True when every Vaadin client on the page has answered its pending server round trips. */
    public static final String VAADIN_IDLE = "() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())";

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Chromium() {
    }

    /** Starts Chromium; {@code extraArgs} come after the usual ones, e.g. a remote-debugging port. */
    public static Browser launch(Playwright playwright, String... extraArgs) {
        List<String> args = new ArrayList<>(ARGS);
        args.addAll(Arrays.asList(extraArgs));
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(args));
    }
}
