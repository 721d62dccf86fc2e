package fi.avustus.journey;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The foundation's journey in a real browser: an administrator logs in and manages the
 * registers; an applicant logs in and sees the open call. Every visited page passes axe-core.
 */
@IntegrationTest
class AdminAndApplicantJourneyTest {

    private static final String PASSWORD = "avustus2026";

    @LocalServerPort
    int port;

    @Test
    void administratorAndApplicantJourney() {
        try (Browser browser = new Browser(port, "fi")) {
            browser.open("login");
            browser.assertAccessible("01-login");

            browser.login("admin", PASSWORD);
            assertThat(browser.page.locator("#home h2").textContent()).contains("Tervetuloa");
            browser.assertAccessible("02-admin-home");

            browser.open("admin/organisations");
            browser.page.locator("#search input").fill("Gradia");
            browser.waitForText("vaadin-grid-cell-content", "Gradia");
            browser.assertAccessible("03-organisations");

            browser.logout();
            browser.login("hakija", PASSWORD);
            browser.assertAccessible("04-applicant-home");
        }
    }
}
