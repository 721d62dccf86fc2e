package fi.avustus.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import fi.avustus.IntegrationTest;
import fi.avustus.journey.Chromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The security headers in a real browser: the screens (Vaadin), Camunda's web apps and Swagger UI
 * work under their Content-Security-Policy with no violation reported, and logging out on the
 * screens ends the session for good.
 */
@IntegrationTest
class BrowserSecurityTest {

    private static final String PASSWORD = "avustus2026";
    /** Screens with different components: grids, forms, generated SVG charts, the calendar. */
    private static final List<String> SCREENS = List.of("", "tasks", "funding", "deadlines", "projects",
            "admin/users", "admin/programmes", "account/tokens");
    /** Chromium reports some violations on the console only, others only as events: both end up here. */
    private static final String REPORT_VIOLATIONS = "document.addEventListener('securitypolicyviolation', event =>"
            + " console.error('Content Security Policy violation: ' + event.violatedDirective + ' ' + event.blockedURI));";

    @LocalServerPort
    int port;

    @Test
    void screensCockpitAndSwaggerUiWorkUnderTheirPoliciesAndLogoutEndsTheSession() throws Exception {
        String base = "http://localhost:" + port + "/";
        try (Playwright playwright = Playwright.create(); Browser chromium = Chromium.launch(playwright)) {
            BrowserContext context = chromium.newContext();
            context.addInitScript(REPORT_VIOLATIONS);
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            List<String> violations = new ArrayList<>();
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    violations.add(page.url() + ": " + message.text());
                }
            });

            page.navigate(base + "login");
            settleVaadin(page);
            page.locator("vaadin-login-form input[name=username]").fill("admin");
            page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
            page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
            page.waitForURL(url -> !url.contains("/login"));
            settleVaadin(page);
            for (String screen : SCREENS) {
                page.navigate(base + screen);
                settleVaadin(page);
                assertThat(page.locator("vaadin-app-layout").count()).as(screen + " rendered").isPositive();
            }

            page.navigate(base + "camunda/app/cockpit/default/");
            page.waitForURL(url -> url.contains("/camunda/app/cockpit/"));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            System.out.println("Camunda web app in Chromium: " + page.url() + " '" + page.title() + "', "
                    + page.innerText("body").strip().length() + " characters of text");

            page.navigate(base + "swagger-ui/index.html");
            page.locator(".swagger-ui .info .title").waitFor();
            page.locator(".opblock").first().waitFor();

            assertThat(violations).as("Content Security Policy violations").isEmpty();

            String session = context.cookies().stream().filter(cookie -> "JSESSIONID".equals(cookie.name))
                    .map(cookie -> cookie.name + "=" + cookie.value).findFirst().orElseThrow();
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            HttpRequest engineCall = HttpRequest.newBuilder(URI.create(base + "camunda/api/engine/engine/"))
                    .header("Cookie", session).build();
            assertThat(http.send(engineCall, HttpResponse.BodyHandlers.discarding()).statusCode())
                    .as("the browser's session before logout").isEqualTo(200);

            page.navigate(base);
            settleVaadin(page);
            page.locator("#logout").click();
            page.waitForURL(url -> url.contains("/login"));
            SessionSecurityTest.assertLoginRequired(http.send(engineCall, HttpResponse.BodyHandlers.discarding()));
        }
    }

    private static void settleVaadin(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction(Chromium.VAADIN_IDLE);
    }
}
