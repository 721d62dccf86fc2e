package fi.avustus.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import fi.avustus.IntegrationTest;
import fi.avustus.shared.Time;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The foundation's journey in a real browser, every step through the screens: an administrator
 * logs in, creates a programme and a call and publishes it; an applicant logs in and sees the
 * call on the home page. Every visited page passes axe-core (WCAG 2.1 A/AA).
 */
@IntegrationTest
class AdminAndApplicantJourneyTest {

    private static final String PASSWORD = "avustus2026";
    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final String CALL_TITLE = "Selainpolun testihaku";

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Test
    void administratorPublishesACallThatTheApplicantSees() {
        LocalDate today = LocalDate.now(clock.withZone(Time.HELSINKI));
        try (Browser browser = new Browser(port, "fi")) {
            browser.open("login");
            browser.assertAccessible("journey-01-login");

            browser.login("admin", PASSWORD);
            assertThat(browser.page.locator("#home h2").textContent()).contains("Tervetuloa");
            browser.assertAccessible("journey-02-admin-home");

            browser.open("admin/organisations");
            browser.page.locator("#search input").fill("Gradia");
            browser.waitForText("vaadin-grid-cell-content", "Gradia");
            browser.assertAccessible("journey-03-organisations");

            browser.open("admin/programmes/new");
            browser.choose("#funderId", "Opetushallitus");
            browser.page.locator("#nameFi input").fill("Selainpolun ohjelma");
            browser.page.locator("#nameSv input").fill("Webbläsarens program");
            browser.page.locator("#nameEn input").fill("Browser journey programme");
            browser.page.locator("#totalBudget input").fill("900000");
            browser.date("#periodStart", today.minusDays(1));
            browser.date("#periodEnd", today.plusYears(2));
            browser.page.locator("#save").click();
            browser.settle();
            browser.screenshot("journey-04a-programme-save-clicked");
            browser.page.locator("#new-call").waitFor();
            browser.assertAccessible("journey-04-programme-saved");

            browser.page.locator("#new-call").click();
            browser.settle();
            browser.page.locator("#titleFi input").fill(CALL_TITLE);
            browser.page.locator("#titleSv input").fill("Webbläsarens ansökningsomgång");
            browser.page.locator("#titleEn input").fill("Browser journey call");
            dateTime(browser, "#openFrom", today.minusDays(1), "9.00");
            dateTime(browser, "#openUntil", today.plusDays(30), "16.15");
            browser.page.locator("#budget input").fill("300000");
            browser.page.locator("#maxGrant input").fill("50000");
            browser.page.locator("#minSelfFinancingPercent input").fill("10");
            browser.choose("#eligibleTypes", "Kuntayhtymä");
            browser.page.locator("#criteria-add").click();
            browser.settle();
            Locator criterion = browser.page.locator("#criterion-1");
            criterion.locator("vaadin-text-field input").nth(0).fill("Vaikuttavuus");
            criterion.locator("vaadin-text-field input").nth(1).fill("Genomslag");
            criterion.locator("vaadin-text-field input").nth(2).fill("Impact");
            criterion.locator("vaadin-integer-field input").fill("100");
            criterion.locator("vaadin-integer-field input").press("Tab");
            browser.settle();
            browser.assertAccessible("journey-05-call-filled");
            browser.page.locator("#publish").click();
            browser.settle();
            browser.waitForText("#call-status", "Julkaistu");
            browser.assertAccessible("journey-06-call-published");
            browser.logout();

            browser.login("hakija", PASSWORD);
            browser.waitForText("#home-open-calls", "Aikaa jäljellä");
            browser.assertAccessible("journey-07-applicant-home");
            // The home page shows the calls closing soonest; the list of open calls shows them all.
            browser.open("calls");
            browser.waitForText("#open-calls h3", CALL_TITLE);
            browser.assertAccessible("journey-07b-applicant-open-calls");
            browser.logout();

            // Each user's remembered language applies at login.
            browser.login("sokande", PASSWORD);
            browser.waitForText("#home h2", "Välkommen");
            browser.waitForText("#home-open-calls", "Tid kvar");
            browser.assertAccessible("journey-08-applicant-home-sv");
            browser.logout();
            browser.login("applicant", PASSWORD);
            browser.waitForText("#home h2", "Welcome");
            browser.assertAccessible("journey-09-applicant-home-en");
        }
    }

    private static void dateTime(Browser browser, String field, LocalDate day, String time) {
        Locator date = browser.page.locator(field + " vaadin-date-picker input");
        date.fill(FINNISH_DATE.format(day));
        date.press("Enter");
        Locator clock = browser.page.locator(field + " vaadin-time-picker input");
        clock.fill(time);
        clock.press("Enter");
        browser.settle();
    }
}
