package fi.avustus.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.KeyboardModifier;
import fi.avustus.IntegrationTest;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallForm;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.programme.Programmes;
import fi.avustus.shared.Time;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A grant application from draft to decision letter in a real browser, each step by the person
 * whose job it is: the applicant drafts and submits with an attachment, an official checks it
 * and names two reviewers, both assess, a presenter proposes a grant, a decision maker approves,
 * and the applicant sees the decision and downloads the letter, whose text is read back from the
 * PDF. Every page of the journey passes axe-core (WCAG 2.1 A/AA).
 *
 * <p>Only the call is prepared through the services: one that assesses on a rolling basis, so
 * the assessment starts right after the completeness check instead of waiting for a closing-time
 * timer (the job executor is off in tests).
 */
@IntegrationTest
class GrantApplicationJourneyTest {

    private static final String PASSWORD = "avustus2026";
    private static final String GRADIA = "Jyväskylän koulutuskuntayhtymä Gradia";
    private static final String ATTACHMENT = "hankesuunnitelma.pdf";

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

    private final Set<String> checked = new HashSet<>();

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anApplicationGoesFromDraftToADecisionLetter() throws IOException {
        CallSummary call = rollingCall();
        String project = ProgrammeFixtures.unique("Selainpolun hanke");
        LocalDate today = LocalDate.now(clock.withZone(Time.HELSINKI));
        try (Browser browser = new Browser(port, "fi")) {
            long applicationId = applicantSubmits(browser, call, project);
            officialChecksCompleteness(browser, applicationId);
            reviewerAssesses(browser, "arvioija1", applicationId, "4", "journey-grant-06");
            reviewerAssesses(browser, "arvioija2", applicationId, "3", "journey-grant-07");
            presenterProposes(browser, applicationId, today);
            decisionMakerApproves(browser, applicationId);
            applicantReadsTheLetter(browser, applicationId, project);
        }
    }

    /** A published call for municipalities and joint municipal authorities, assessed as applications come. */
    private CallSummary rollingCall() {
        ProgrammeFixtures.actAs(users, "admin");
        long funder = organisations.active().get(0).id();
        long programmeId = programmes.create(ProgrammeFixtures.programme(funder, clock, "2000000")).id();
        CallForm form = ProgrammeFixtures.completeCall(programmeId, clock, "1000000");
        form.setTitleFi(ProgrammeFixtures.unique("Selainpolun jatkuva haku"));
        form.setAssessAfterClose(false);
        form.setReviewersPerApplication(2);
        CallSummary call = calls.publish(calls.create(form).id());
        SecurityContextHolder.clearContext();
        return call;
    }

    private long applicantSubmits(Browser browser, CallSummary call, String project) throws IOException {
        browser.as("hakija", PASSWORD);
        browser.openFromMenu("calls");
        browser.page.locator("#open-call-" + call.id()).waitFor();
        browser.assertAccessible("journey-grant-01-open-calls");
        browser.page.locator("#apply-" + call.id()).click();
        browser.settle();
        browser.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(GRADIA)).check();
        browser.assertAccessible("journey-grant-02-apply");
        browser.page.locator("#start").click();
        browser.page.waitForURL(url -> url.endsWith("/edit"));
        browser.settle();
        long applicationId = Long.parseLong(browser.page.url().replaceAll(".*/applications/(\\d+)/edit$", "$1"));

        type(browser, "#projectName input", project);
        type(browser, "#summary textarea", "Ohjauksen ja työelämäyhteistyön seudullinen malli.");
        type(browser, "#contactName input", "Maija Meikäläinen");
        type(browser, "#contactEmail input", "maija.meikalainen@example.fi");
        browser.assertAccessible("journey-grant-03a-editor-basic");

        step(browser, "objectives");
        type(browser, "#objective-input input", "Ohjauksen saatavuus paranee");
        click(browser, "#objectives-add");
        browser.waitForText("#objectives-grid vaadin-grid-cell-content", "Ohjauksen saatavuus paranee");

        step(browser, "activities");
        type(browser, "#activity-title input", "Verkostotapaamiset");
        click(browser, "#activities-add");
        browser.waitForText("#activities-grid vaadin-grid-cell-content", "Verkostotapaamiset");

        step(browser, "budget");
        browser.choose("#budget-category", "Henkilöstökulut");
        type(browser, "#budget-description input", "Koordinaattori");
        type(browser, "#budget-amount input", "100000");
        click(browser, "#budgetLines-add");
        browser.waitForText("#budgetLines-grid vaadin-grid-cell-content", "Koordinaattori");
        type(browser, "#selfFinancing input", "25000");
        browser.assertAccessible("journey-grant-03b-editor-budget");

        step(browser, "attachments");
        browser.page.locator("#attachment-upload input[type=file]")
                .setInputFiles(new FilePayload(ATTACHMENT, "application/pdf", planPdf()));
        browser.waitForText("#attachment-grid vaadin-grid-cell-content", ATTACHMENT);
        browser.assertAccessible("journey-grant-03c-editor-attachment");

        step(browser, "submit");
        browser.assertAccessible("journey-grant-03d-editor-submit");
        browser.page.locator("#submit").click();
        browser.page.waitForURL(url -> url.endsWith("/applications/" + applicationId));
        browser.waitForText("#facts", "Jätetty");
        browser.assertAccessible("journey-grant-04-submitted");
        return applicationId;
    }

    private void officialChecksCompleteness(Browser browser, long applicationId) {
        openTask(browser, "virkailija", "Tarkista hakemuksen täydellisyys", applicationId, "journey-grant-05a-official-inbox");
        browser.page.locator("#case-link").click();
        browser.page.waitForURL(url -> url.endsWith("/applications/" + applicationId));
        browser.waitForText("#attachment-grid vaadin-grid-cell-content", ATTACHMENT);
        browser.assertAccessible("journey-grant-05b-official-case");
        browser.page.goBack();
        browser.settle();
        browser.page.locator("#reviewers").waitFor();
        browser.choose("#reviewers", "Veera Salminen");
        browser.choose("#reviewers", "Olli Heikkinen");
        browser.assertAccessible("journey-grant-05c-completeness-check");
        finishTask(browser, "#save", "journey-grant-05d-sent-to-assessment");
    }

    private void reviewerAssesses(Browser browser, String reviewer, long applicationId, String score, String screenshot) {
        openTask(browser, reviewer, "Arvioi hakemus", applicationId, screenshot + "a-inbox");
        checkOnce(browser, "declaration", screenshot + "b-declaration");
        click(browser, "#declare-no-conflict");
        Locator scores = browser.page.locator("vaadin-select[id^='scores.']");
        scores.first().waitFor();
        for (int i = 0; i < scores.count(); i++) {
            scores.nth(i).click();
            browser.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions()
                    .setName(score).setExact(true)).click();
            browser.settle();
        }
        browser.page.locator("#comment textarea").fill("Suunnitelma on selkeä ja toteutettavissa.");
        browser.waitForText("#weighted-total", score + ",00 / 5");
        checkOnce(browser, "scoring", screenshot + "c-scored");
        finishTask(browser, "#submit-assessment", screenshot + "d-assessed");
    }

    private void presenterProposes(Browser browser, long applicationId, LocalDate today) {
        openTask(browser, "virkailija", "Esitä päätös", applicationId, "journey-grant-08a-presenter-inbox");
        browser.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions()
                .setName("Avustus myönnetään")).check();
        browser.settle();
        type(browser, "#grantedAmount input", "60000");
        browser.date("#usageStart", today.plusMonths(1).withDayOfMonth(1));
        browser.date("#usageEnd", today.plusMonths(13).withDayOfMonth(1).minusDays(1));
        // Every cost line stays accepted as applied and the reporting dates stay at their defaults;
        // the presenter writes the justification and takes the customary 60/40 payment plan.
        type(browser, "#justification textarea", "Hanke vastaa haun tavoitteisiin ja sai hyvät arviot.");
        click(browser, "#instalment-standard");
        browser.assertAccessible("journey-grant-08b-proposal");
        finishTask(browser, "#propose", "journey-grant-08c-proposed");
    }

    private void decisionMakerApproves(Browser browser, long applicationId) {
        openTask(browser, "paattaja", "Hyväksy päätös", applicationId, "journey-grant-09a-decision-maker-inbox");
        browser.waitForText("vaadin-vertical-layout", "60 000,00");
        browser.assertAccessible("journey-grant-09b-approval");
        finishTask(browser, "#approve", "journey-grant-09c-approved");
    }

    private void applicantReadsTheLetter(Browser browser, long applicationId, String project) throws IOException {
        browser.as("hakija", PASSWORD);
        browser.openFromMenu("applications");
        browser.waitForText("#my-applications vaadin-grid-cell-content", "Myönteinen päätös");
        browser.assertAccessible("journey-grant-10a-my-applications");
        browser.page.locator("#application-" + applicationId).click();
        browser.page.waitForURL(url -> url.endsWith("/applications/" + applicationId));
        browser.page.locator("#decision-letter").waitFor();
        browser.settle();
        assertThat(browser.page.locator("h2").first().textContent()).isEqualTo(project);
        browser.assertAccessible("journey-grant-10b-decision");

        // A plain click opens the letter in the browser's PDF viewer; Alt+click is the browser's "download linked file".
        Download download = browser.page.waitForDownload(() -> browser.page.locator("#decision-letter")
                .click(new Locator.ClickOptions().setModifiers(List.of(KeyboardModifier.ALT))));
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        String letter;
        try (InputStream pdf = download.createReadStream()) {
            letter = pdfText(pdf.readAllBytes());
        }
        assertThat(letter).contains(GRADIA, "Myönnetty avustus 60 000,00 €", "Oikaisuvaatimusohje");
    }

    /** Opens a task from the person's inbox, from the row that names the task and this application's case number. */
    private void openTask(Browser browser, String username, String taskName, long applicationId, String screenshot) {
        browser.as(username, PASSWORD);
        // A fresh load: the inbox lists the tasks as they are now, also for someone who was here before.
        browser.open("tasks");
        browser.page.locator("#inbox-grid").waitFor();
        checkOnce(browser, "inbox", screenshot);
        browser.clickInGridRow("#inbox-grid", Map.of("Tehtävä", taskName, "Asia", String.valueOf(applicationId)), "Avaa");
        browser.page.waitForURL(url -> url.contains("/tasks/grant-application/"));
        browser.settle();
    }

    /** Checks each kind of page once; a later visit, e.g. the inbox of the next person, only takes a screenshot. */
    private void checkOnce(Browser browser, String kind, String screenshot) {
        if (checked.add(kind)) {
            browser.assertAccessible(screenshot);
        } else {
            browser.screenshot(screenshot);
        }
    }

    /** Clicks the task's button; the task is done when the screen returns to the inbox with a success message. */
    private static void finishTask(Browser browser, String button, String screenshot) {
        browser.page.locator(button).click();
        browser.page.waitForURL(url -> url.endsWith("/tasks"));
        browser.page.locator("vaadin-notification-card[theme~='success']").first().waitFor();
        browser.settle();
        browser.screenshot(screenshot);
    }

    private static void step(Browser browser, String step) {
        click(browser, "#step-" + step);
    }

    private static void click(Browser browser, String selector) {
        browser.page.locator(selector).click();
        browser.settle();
    }

    /** Types a value and leaves the field, as a person does, so that the field sends its value. */
    private static void type(Browser browser, String input, String text) {
        browser.page.locator(input).fill(text);
        browser.page.locator(input).press("Tab");
        browser.settle();
    }


    /** A one-page project plan, a real PDF as applicants upload them. */
    private static byte[] planPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText("Hankesuunnitelma");
                content.endText();
            }
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** The PDF's text with every run of white space (line breaks, non-breaking spaces) as one space. */
    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0\u202f]+", " ");
        }
    }
}
