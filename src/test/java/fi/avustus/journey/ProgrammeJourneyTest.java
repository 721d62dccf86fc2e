package fi.avustus.journey;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.programme.Programmes;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The programme screens in a real browser: an administrator sees programmes and calls and has a
 * publication refused with its reasons; an applicant sees the open call. Every page passes axe-core.
 */
@IntegrationTest
class ProgrammeJourneyTest {

    private static final String PASSWORD = "avustus2026";

    @LocalServerPort
    int port;
    @Autowired
    Programmes programmes;
    @Autowired
    Calls calls;
    @Autowired
    Organisations organisations;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void programmeAndCallScreensAreAccessible() {
        ProgrammeFixtures.actAs(users, "admin");
        long programmeId = programmes.create(
                ProgrammeFixtures.programme(organisations.active().get(0).id(), clock, "900000")).id();
        CallSummary open = calls.publish(calls.create(ProgrammeFixtures.completeCall(programmeId, clock, "300000")).id());
        long draftId = calls.create(ProgrammeFixtures.draftCall(programmeId)).id();
        SecurityContextHolder.clearContext();

        try (Browser browser = new Browser(port, "fi")) {
            browser.login("admin", PASSWORD);
            browser.open("admin/programmes");
            browser.assertAccessible("programme-01-list");
            browser.open("admin/programmes/" + programmeId);
            browser.waitForText("vaadin-grid-cell-content", open.title().fi());
            browser.assertAccessible("programme-02-edit-with-calls");
            browser.open("admin/calls");
            browser.assertAccessible("programme-03-call-list");
            browser.open("admin/calls/" + open.id());
            browser.assertAccessible("programme-04-published-call");
            browser.open("admin/calls/" + draftId);
            browser.page.locator("#publish").click();
            browser.settle();
            assertThat(browser.page.locator("#titleSv[invalid]").count()).isOne();
            browser.assertAccessible("programme-05-publish-refused");
            browser.logout();

            browser.login("hakija", PASSWORD);
            browser.open("calls");
            assertThat(browser.page.locator("#open-call-" + open.id() + " h3").textContent()).isEqualTo(open.title().fi());
            browser.assertAccessible("programme-06-open-calls");
        }
    }
}
