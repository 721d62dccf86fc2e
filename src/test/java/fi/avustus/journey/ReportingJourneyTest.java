package fi.avustus.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.KeyboardModifier;
import fi.avustus.IntegrationTest;
import fi.avustus.payment.PaymentFixtures;
import fi.avustus.payment.Payments;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.project.Projects;
import fi.avustus.report.ReportSummary;
import fi.avustus.report.Reports;
import fi.avustus.review.Decisions;
import fi.avustus.review.ReviewFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A funded project's reporting in a real browser: the applicant writes and submits the interim
 * report from the project's page, an official accepts it from the inbox, the applicant submits
 * the final report, officials pass its content and financial checks, the last instalment waits
 * on the payments screen, and an administrator sees the project's use of funds in the overview
 * and exports it. Every kind of page passes axe-core (WCAG 2.1 A/AA).
 *
 * <p>The project is made through the services (a decision approved, its advance paid), as the
 * grant-application journey already walks that part in the browser.
 */
@IntegrationTest
class ReportingJourneyTest {

    private static final String PASSWORD = "avustus2026";

    @LocalServerPort
    int port;
    @Autowired ApplicationContext context;
    @Autowired Decisions decisions;
    @Autowired Projects projects;
    @Autowired Payments payments;
    @Autowired Reports reports;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void reportsGoFromTheApplicantThroughTheOfficialsToTheFundingOverview() throws IOException {
        ReviewFixtures fixtures = new ReviewFixtures(context);
        CallSummary call = fixtures.call();
        long projectId = PaymentFixtures.decide(users, decisions, projects, ReviewFixtures.proposal(
                ReviewFixtures.newApplicationId(), call, fixtures.organisationOf("hakija"), "fi"));
        PaymentFixtures.pay(users, payments, jdbc, projectId, LocalDate.of(2026, 8, 3));
        ProgrammeFixtures.actAs(users, "hakija");
        List<ReportSummary> schedule = reports.ofProject(projectId);
        SecurityContextHolder.clearContext();

        try (Browser browser = new Browser(port, "fi")) {
            applicantSubmits(browser, projectId, schedule.get(0), LocalDate.of(2026, 8, 1), LocalDate.of(2026, 12, 31),
                    "journey-report-01");
            officialDecides(browser, "Käsittele väliselvitys", projectId, "journey-report-02");
            applicantSubmits(browser, projectId, schedule.get(1), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 7, 31),
                    "journey-report-03");
            officialDecides(browser, "Tarkasta loppuselvityksen sisältö", projectId, "journey-report-04");
            officialDecides(browser, "Tarkasta loppuselvityksen talous", projectId, "journey-report-05");

            // 36 000 € accepted, 24 000 € paid: the last 12 000 € waits for approval.
            browser.as("virkailija", PASSWORD);
            browser.open("projects/" + projectId);
            browser.waitForText("#project-instalments vaadin-grid-cell-content", "12 000,00");
            browser.assertAccessible("journey-report-06-project-payments");

            browser.as("admin", PASSWORD);
            browser.open("funding?programme=" + call.programmeId());
            browser.page.locator("#funding-table").waitFor();
            browser.assertAccessible("journey-report-07-funding");
            Download download = browser.page.waitForDownload(() -> browser.page.locator("#export-table-csv")
                    .click(new Locator.ClickOptions().setModifiers(List.of(KeyboardModifier.ALT))));
            String csv;
            try (InputStream file = download.createReadStream()) {
                csv = new String(file.readAllBytes(), StandardCharsets.UTF_8);
            }
            // Granted, paid and reported spent of the programme's only project.
            assertThat(csv).contains("40000,00", "24000,00", "36000,00");
        }
    }

    private void applicantSubmits(Browser browser, long projectId, ReportSummary report, LocalDate from, LocalDate to,
                                  String screenshot) {
        browser.as("hakija", PASSWORD);
        browser.open("projects/" + projectId);
        browser.page.locator("#report-" + report.id()).waitFor();
        browser.assertAccessible(screenshot + "a-project");
        browser.page.locator("#report-" + report.id()).click();
        browser.page.waitForURL(url -> url.endsWith("/reports/" + report.id()));
        browser.settle();
        browser.page.locator("#write").click();
        browser.page.waitForURL(url -> url.endsWith("/reports/" + report.id() + "/edit"));
        browser.settle();
        browser.date("#periodStart", from);
        browser.date("#periodEnd", to);
        type(browser, "#summary textarea", "Koulutukset ja verkostotapaamiset pidettiin suunnitellusti.");
        type(browser, "[id='costs.0'] input", "12000");
        type(browser, "[id='costs.1'] input", "6000");
        browser.waitForText("#report-total", "18 000,00");
        browser.assertAccessible(screenshot + "b-editor");
        browser.page.locator("#submit").click();
        browser.page.waitForURL(url -> url.endsWith("/reports/" + report.id()));
        browser.waitForText("#report-facts", "Jätetty");
        browser.assertAccessible(screenshot + "c-submitted");
    }

    private void officialDecides(Browser browser, String taskName, long projectId, String screenshot) {
        browser.as("virkailija", PASSWORD);
        browser.open("tasks");
        browser.page.locator("#inbox-grid").waitFor();
        browser.clickInGridRow("#inbox-grid", Map.of("Tehtävä", taskName, "Asia", String.valueOf(projectId)), "Avaa");
        browser.page.waitForURL(url -> url.contains("/tasks/project-reporting/"));
        browser.settle();
        browser.assertAccessible(screenshot + "-task");
        browser.page.locator("#decide").click();
        browser.page.waitForURL(url -> url.endsWith("/tasks"));
        browser.settle();
    }

    private static void type(Browser browser, String selector, String text) {
        Locator field = browser.page.locator(selector);
        field.fill(text);
        field.press("Tab");
        browser.settle();
    }
}
