package fi.avustus.journey;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.avustus.IntegrationTest;
import fi.avustus.actionplan.DocumentType;
import fi.avustus.actionplan.FinancialCategory;
import fi.avustus.actionplan.FinancialLine;
import fi.avustus.actionplan.FinancialPlanContent;
import fi.avustus.actionplan.NetworkDocuments;
import fi.avustus.actionplan.process.DocumentFlow;
import fi.avustus.approval.ApprovalFlow;
import fi.avustus.approval.Approvals;
import fi.avustus.approval.OpenVote;
import fi.avustus.approval.VoteChoice;
import fi.avustus.organisation.NetworkSummary;
import fi.avustus.shared.Time;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A network's action plan through its steering group in a real browser, each step by the person
 * whose job it is: the coordinator starts next year's plan and submits it; three members vote and
 * two ask for changes, which ends the round; the coordinator reads the comments, raises the
 * target they asked about and submits again, and compares the versions; the members approve; the
 * coordinator writes the year's annual report against the approved plan. Every kind of page
 * passes axe-core (WCAG 2.1 A/AA).
 *
 * <p>The Osaava Metso steering group has four members with a login, a 50 % quorum and the chair
 * breaking ties: two requests for changes and an abstention settle the first round (no fourth
 * vote could make it a tie), three approvals the second. The year's financial plan, which the
 * annual report also needs approved, is approved through the services beforehand; the year is
 * next year, which no other test uses for this network and which the network's page offers.
 */
@IntegrationTest
class SteeringGroupJourneyTest {

    private static final String PASSWORD = "avustus2026";
    private static final String COORDINATOR = "hakija";
    /** Chairs the Osaava Metso group: the first member of the category that holds the chair. */
    private static final String CHAIR = "ohjausryhma2";
    private static final List<String> VOTERS = List.of("ohjausryhma3", "ohjausryhma4", "ohjausryhma5");
    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final String LINE = "[id='lines[1]";
    private static final String COMMENT = "Osallistujamäärän tavoite on liian matala: nostakaa se 200:aan.";

    @LocalServerPort
    int port;
    @Autowired
    NetworkDocuments documents;
    @Autowired
    DocumentFlow documentFlow;
    @Autowired
    Approvals approvals;
    @Autowired
    ApprovalFlow approvalFlow;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    private final Set<String> checked = new HashSet<>();
    private LocalDate today;
    private int year;
    private NetworkSummary network;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anActionPlanIsApprovedOnItsSecondRoundAndReportedOn() {
        today = LocalDate.now(clock.withZone(Time.HELSINKI));
        // The network's page offers this year and the next to start.
        year = Year.now().getValue() + 1;
        network = osaavaMetso();
        approvedFinancialPlan();
        try (Browser browser = new Browser(port, "fi")) {
            long planId = coordinatorStartsAndSubmitsThePlan(browser);
            String firstVersion = planTitle(1);
            vote(browser, VOTERS.get(0), firstVersion, "Pyydän muutoksia", COMMENT, "journey-steering-04");
            vote(browser, VOTERS.get(1), firstVersion, "Pyydän muutoksia", "Samaa mieltä edellisen kanssa.", "journey-steering-05");
            vote(browser, VOTERS.get(2), firstVersion, "Pidätän ääneni", "", "journey-steering-06");
            coordinatorRevises(browser, planId);
            String secondVersion = planTitle(2);
            chairFollowsTheRound(browser, secondVersion);
            for (int i = 0; i < VOTERS.size(); i++) {
                vote(browser, VOTERS.get(i), secondVersion, "Hyväksyn", "", "journey-steering-" + (10 + i));
            }
            coordinatorSeesItApproved(browser, planId);
            coordinatorWritesTheAnnualReport(browser);
        }
    }

    private long coordinatorStartsAndSubmitsThePlan(Browser browser) {
        browser.as(COORDINATOR, PASSWORD);
        browser.openFromMenu("documents");
        browser.assertAccessible("journey-steering-01a-networks");
        browser.page.locator("#network-" + network.id()).click();
        browser.page.waitForURL(url -> url.endsWith("/networks/" + network.id() + "/documents"));
        browser.settle();
        chooseYear(browser);
        browser.assertAccessible("journey-steering-01b-network-documents");
        browser.page.locator("#start-ACTION_PLAN").click();
        browser.page.waitForURL(url -> url.endsWith("/edit"));
        browser.settle();
        long planId = Long.parseLong(browser.page.url().replaceAll(".*/documents/(\\d+)/edit$", "$1"));
        assertThat(browser.page.locator("#line-1").count()).as("a plan with no approved plan before it starts empty").isZero();

        click(browser, "#add-line");
        type(browser, LINE + ".title'] input", "Ohjauksen yhteistyö");
        type(browser, LINE + ".responsible'] input", "Jyväskylän kaupunki");
        type(browser, LINE + ".objectives'] vaadin-text-field input", "Ohjauksen saatavuus paranee");
        click(browser, LINE + ".objectives-add']");
        browser.waitForText(LINE + ".objectives-grid'] vaadin-grid-cell-content", "Ohjauksen saatavuus paranee");
        type(browser, LINE + ".activities'] vaadin-text-field input", "Ohjaajien verkostopäivä");
        browser.date(LINE + ".activities'] vaadin-date-picker", LocalDate.of(year, 3, 12));
        click(browser, LINE + ".activities-add']");
        browser.waitForText(LINE + ".activities-grid'] vaadin-grid-cell-content", "Ohjaajien verkostopäivä");
        addIndicator(browser, "150");
        browser.assertAccessible("journey-steering-02a-plan-editor");
        tab(browser, "Vuosikello");
        browser.waitForText("#annual-calendar-month-3", "Ohjaajien verkostopäivä");
        browser.assertAccessible("journey-steering-02b-annual-calendar");
        tab(browser, "Toimintalinjat");

        submit(browser, planId, "1");
        browser.assertAccessible("journey-steering-03-plan-submitted");
        return planId;
    }

    /** A member opens the vote from their inbox and votes; the screen returns to the inbox. */
    private void vote(Browser browser, String member, String document, String choice, String comment, String screenshot) {
        browser.as(member, PASSWORD);
        // A fresh load: the inbox as it is now, also for a member who was here in the first round.
        browser.open("approvals");
        browser.page.locator("#open-votes").waitFor();
        checkOnce(browser, "inbox", screenshot + "a-inbox");
        browser.clickInGridRow("#open-votes", Map.of("Asiakirja", document), "Äänestä");
        browser.page.waitForURL(url -> url.contains("/approvals/vote/"));
        browser.settle();
        browser.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(choice).setExact(true)).check();
        browser.settle();
        if (!comment.isEmpty()) {
            type(browser, "#comment textarea", comment);
        }
        checkOnce(browser, "vote", screenshot + "b-vote");
        browser.page.locator("#cast-vote").click();
        browser.page.waitForURL(url -> url.endsWith("/approvals"));
        browser.page.locator("vaadin-notification-card[theme~='success']").first().waitFor();
        browser.settle();
        browser.screenshot(screenshot + "c-voted");
    }

    private void coordinatorRevises(Browser browser, long planId) {
        browser.as(COORDINATOR, PASSWORD);
        browser.open("documents/" + planId);
        browser.waitForText("#facts", "Muutoksia pyydetty");
        browser.waitForText("#approval-rounds vaadin-grid-cell-content", COMMENT);
        browser.assertAccessible("journey-steering-07-changes-requested");
        click(browser, "#edit");
        browser.page.waitForURL(url -> url.endsWith("/documents/" + planId + "/edit"));
        browser.page.locator("#changes-requested").waitFor();
        browser.waitForText("#approval-rounds vaadin-grid-cell-content", COMMENT);
        browser.assertAccessible("journey-steering-08a-revise");

        // An indicator is replaced rather than edited in place: the old one goes, the new target comes.
        click(browser, LINE + ".indicators-grid'] vaadin-button.remove-row");
        browser.page.waitForFunction("() => document.getElementById('lines[1].indicators-grid').size === 0");
        addIndicator(browser, "200");
        browser.screenshot("journey-steering-08b-revised");
        submit(browser, planId, "2");

        browser.page.locator("#compare").click();
        browser.page.locator("#difference-grid").waitFor();
        browser.waitForText("#difference-grid vaadin-grid-cell-content", "Tavoitearvo");
        assertThat(browser.page.locator("#difference-grid vaadin-grid-cell-content").allTextContents())
                .contains("150", "200");
        browser.assertAccessible("journey-steering-09a-compare-versions");
        click(browser, "#close-difference");
    }

    /** The chair follows the group's rounds in progress: the new version, no votes yet, so no quorum. */
    private void chairFollowsTheRound(Browser browser, String document) {
        browser.as(CHAIR, PASSWORD);
        browser.openFromMenu("approvals/rounds");
        if (browser.page.locator("#group").getAttribute("has-value") == null) {
            browser.choose("#group", network.name(FINNISH).substring(0, "Osaava Metso".length()));
        }
        Locator round = browser.page.locator("#rounds-in-progress .approval-round")
                .filter(new Locator.FilterOptions().setHasText(document));
        round.waitFor();
        assertThat(round.textContent()).contains("Ei päätösvaltainen", "Ei vielä äänestäneet");
        browser.assertAccessible("journey-steering-09b-chair-rounds");
    }

    private void coordinatorSeesItApproved(Browser browser, long planId) {
        browser.as(COORDINATOR, PASSWORD);
        browser.open("documents/" + planId);
        browser.waitForText("#facts", "Hyväksytty");
        assertThat(browser.page.locator("#facts").textContent()).contains("versio 2");
        browser.assertAccessible("journey-steering-13a-approved");
        click(browser, "#show-version-2");
        browser.waitForText("#version-content", "tavoite 200");
        browser.assertAccessible("journey-steering-13b-approved-version");
        click(browser, "#close-version");
    }

    private void coordinatorWritesTheAnnualReport(Browser browser) {
        browser.page.locator("#network-documents").click();
        browser.page.waitForURL(url -> url.endsWith("/networks/" + network.id() + "/documents"));
        browser.settle();
        chooseYear(browser);
        browser.page.locator("#start-ANNUAL_REPORT").click();
        browser.page.waitForURL(url -> url.endsWith("/edit"));
        browser.settle();
        long reportId = Long.parseLong(browser.page.url().replaceAll(".*/documents/(\\d+)/edit$", "$1"));
        // Laid out on the approved plan: its line, and its indicator with the revised target.
        assertThat(browser.page.locator("#line-1").textContent()).contains("1. Ohjauksen yhteistyö");
        assertThat(browser.page.locator("[id='lines[1].indicators[1].actual']").textContent()).contains("Tavoite 200");

        type(browser, "[id='lines[1].done'] textarea", "Verkostopäivä pidettiin maaliskuussa; mukana oli kaikkien kuntien ohjaajat.");
        type(browser, "[id='lines[1].indicators[1].actual'] input", "212");
        type(browser, "[id='financialOutcome[1].actual'] input", "48000");
        type(browser, "[id='financialOutcome[2].actual'] input", "48000");
        click(browser, "#save");
        browser.waitForText("#save-state", "Luonnos tallennettu");
        browser.assertAccessible("journey-steering-14-annual-report");

        submit(browser, reportId, "1");
        browser.waitForText("#facts", "Ohjausryhmän käsittelyssä");
        assertThat(browser.page.locator("vaadin-vertical-layout#content").textContent()).contains("212");
        browser.assertAccessible("journey-steering-15-report-submitted");
    }

    private static void tab(Browser browser, String name) {
        browser.page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name)).click();
        browser.settle();
    }

    /** Adds the line's one indicator with the given target. */
    private static void addIndicator(Browser browser, String target) {
        Locator inputs = browser.page.locator(LINE + ".indicators'] vaadin-text-field input");
        type(browser, inputs.nth(0), "Ohjaustapahtumiin osallistuneet");
        type(browser, inputs.nth(1), "henkilöä");
        type(browser, LINE + ".indicators'] vaadin-big-decimal-field input", target);
        click(browser, LINE + ".indicators-add']");
        browser.waitForText(LINE + ".indicators-grid'] vaadin-grid-cell-content", target);
    }

    /** Submits the draft with a deadline a week away; the document page opens with the version sent. */
    private void submit(Browser browser, long documentId, String version) {
        browser.date("#deadline", today.plusDays(7));
        browser.page.locator("#submit").click();
        browser.page.waitForURL(url -> url.endsWith("/documents/" + documentId));
        browser.page.locator("vaadin-notification-card[theme~='success']").filter(new Locator.FilterOptions()
                .setHasText("Versio " + version + " lähetetty")).first().waitFor();
        browser.settle();
    }

    /** Picks the journey's year on the network's page, which opens on the latest year with documents. */
    private void chooseYear(Browser browser) {
        browser.page.locator("#year").click();
        browser.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(String.valueOf(year)).setExact(true))
                .click();
        browser.settle();
        assertThat(browser.page.locator("#year").textContent()).contains(String.valueOf(year));
    }

    /** The title a version of the action plan has in the members' inbox. */
    private String planTitle(int version) {
        return "Toimintasuunnitelma " + year + " – " + network.name(FINNISH) + ", versio " + version;
    }

    private NetworkSummary osaavaMetso() {
        actAs(users, COORDINATOR);
        NetworkSummary found = documents.networks().stream().filter(candidate -> candidate.name().fi().startsWith("Osaava Metso"))
                .findFirst().orElseThrow();
        SecurityContextHolder.clearContext();
        return found;
    }

    /** The year's financial plan, submitted by the coordinator and approved by three members. */
    private void approvedFinancialPlan() {
        actAs(users, COORDINATOR);
        long id = documents.create(DocumentType.FINANCIAL_PLAN, network.id(), year);
        documents.saveDraft(id, documents.find(id).orElseThrow().lockVersion(), new FinancialPlanContent(
                List.of(new FinancialLine(FinancialCategory.MEMBERSHIP_FEES, "Kuntien jäsenmaksut", new BigDecimal("50000.00"))),
                List.of(new FinancialLine(FinancialCategory.STAFF, "Koordinaattori", new BigDecimal("50000.00"))),
                null));
        documentFlow.submit(id, today.plusDays(7));
        for (String member : VOTERS) {
            actAs(users, member);
            OpenVote open = approvals.myOpenVotes(FINNISH).stream()
                    .filter(vote -> vote.documentRoute().endsWith("documents/" + id)).findFirst().orElseThrow();
            approvalFlow.vote(open.taskId(), VoteChoice.APPROVE, null);
        }
        SecurityContextHolder.clearContext();
    }

    /** Checks each kind of page once; a later visit, e.g. the next member's inbox, only takes a screenshot. */
    private void checkOnce(Browser browser, String kind, String screenshot) {
        if (checked.add(kind)) {
            browser.assertAccessible(screenshot);
        } else {
            browser.screenshot(screenshot);
        }
    }

    private static void click(Browser browser, String selector) {
        browser.page.locator(selector).click();
        browser.settle();
    }

    private static void type(Browser browser, String input, String text) {
        type(browser, browser.page.locator(input), text);
    }

    /** Types a value and leaves the field, as a person does, so that the field sends its value. */
    private static void type(Browser browser, Locator input, String text) {
        input.fill(text);
        input.press("Tab");
        browser.settle();
    }
}
