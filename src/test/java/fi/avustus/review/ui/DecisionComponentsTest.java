package fi.avustus.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.avustus.programme.CallSummary;
import fi.avustus.review.AcceptedCostLine;
import fi.avustus.review.DecisionStatus;
import fi.avustus.review.DecisionSummary;
import fi.avustus.review.Decisions;
import fi.avustus.review.ReportingSchedule;
import fi.avustus.review.ReviewFixtures;
import fi.avustus.security.Role;
import fi.avustus.security.Users;
import fi.avustus.shared.Money;
import fi.avustus.ui.ListField;
import fi.avustus.ui.UiTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The presenter's proposal form and the decision maker's approval panel, in Finnish. */
class DecisionComponentsTest extends UiTest {

    /** The application's lines: 60 000 € of costs for 45 000 € requested. */
    private static final List<AcceptedCostLine> APPLIED = List.of(
            AcceptedCostLine.asApplied("STAFF", 2026, "Koordinaattori", Money.euros("40000")),
            AcceptedCostLine.asApplied("EQUIPMENT", 2027, "Kannettavat tietokoneet", Money.euros("20000")));

    @Autowired
    ApplicationContext context;
    @Autowired
    Decisions decisions;
    @Autowired
    Users users;

    private ReviewFixtures fixtures;
    private CallSummary call;
    private long applicationId;
    private long organisationId;

    @BeforeEach
    void aCallAndAnApplication() {
        fixtures = new ReviewFixtures(context);
        call = fixtures.call();
        applicationId = ReviewFixtures.newApplicationId();
        organisationId = fixtures.organisationOf("hakija");
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static TextArea area(String id) {
        return _get(TextArea.class, spec -> spec.withId(id));
    }

    private void openProposalForm() {
        UI.getCurrent().add(new DecisionProposalForm(decisions, applicationId, call.id(), organisationId,
                Money.euros("45000"), "fi", APPLIED));
    }

    @SuppressWarnings("unchecked")
    private void fillGrant(String amount) {
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("positive")), Boolean.TRUE);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("grantedAmount")), Money.euros(amount));
        _setValue(_get(DatePicker.class, spec -> spec.withId("usageStart")), LocalDate.of(2026, 8, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("usageEnd")), LocalDate.of(2027, 7, 31));
        _setValue(area("justification"), "Hanke täyttää haun tavoitteet.");
    }

    private DecisionSummary proposeAs(String presenter) {
        login(presenter);
        return decisions.propose(ReviewFixtures.proposal(applicationId, call, organisationId, "fi"));
    }

    @Test
    void thePresenterFillsTheProposalWithTheStandardPaymentPlanAndALiveSum() {
        login("virkailija");
        openProposalForm();
        fillGrant("40000");
        Span sum = _get(Span.class, spec -> spec.withId("instalments-sum"));
        assertThat(plain(sum.getText())).isEqualTo("Erät yhteensä 0,00 € / myönnetty 40 000,00 €");
        _click(button("instalment-standard"));
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("instalment-amount-1")).getValue()).isEqualByComparingTo("24000");
        assertThat(plain(sum.getText())).isEqualTo("Erät yhteensä 40 000,00 € / myönnetty 40 000,00 €");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("instalment-amount-2")), Money.euros("15000"));
        assertThat(plain(sum.getText())).isEqualTo("Erät yhteensä 39 000,00 € / myönnetty 40 000,00 €");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("instalment-amount-2")), Money.euros("16000"));

        _click(button("propose"));
        DecisionSummary proposed = decisions.ofApplication(applicationId).orElseThrow();
        assertThat(proposed.status()).isEqualTo(DecisionStatus.PROPOSED);
        assertThat(proposed.grantedAmount()).isEqualByComparingTo("40000");
        assertThat(proposed.instalments()).hasSize(2);
        assertThat(proposed.instalments().get(1).dueDate()).isEqualTo(LocalDate.of(2027, 9, 30));
    }

    private static BigDecimalField field(String id) {
        return _get(BigDecimalField.class, spec -> spec.withId(id));
    }

    private static DatePicker date(String id) {
        return _get(DatePicker.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static ListField<LocalDate> interimReports() {
        return _get(ListField.class, spec -> spec.withId("interimReports"));
    }

    private static String text(String id) {
        return plain(_get(Span.class, spec -> spec.withId(id)).getText());
    }

    @Test
    void aPresenterWhoChangesNothingElseProposesEveryLineAsAppliedForAndTheDefaultSchedule() {
        login("virkailija");
        openProposalForm();
        assertThat(field("cost-accepted-1").getValue()).isEqualByComparingTo("40000");
        assertThat(field("cost-accepted-2").getValue()).isEqualByComparingTo("20000");
        assertThat(text("cost-lines-applied")).isEqualTo("60 000,00 €");
        assertThat(text("cost-lines-accepted")).isEqualTo("60 000,00 €");
        assertThat(text("cost-lines-cut")).isEqualTo("Leikattu 0,00 €");
        fillGrant("40000");
        assertThat(date("finalReportDue").getValue()).as("two months after the usage period").isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(interimReports().getValue()).as("a year: none").isEmpty();
        _click(button("instalment-standard"));
        assertThat(_get(DatePicker.class, spec -> spec.withId("instalment-date-2")).getValue()).isEqualTo(LocalDate.of(2027, 9, 30));

        _click(button("propose"));
        DecisionSummary proposed = decisions.ofApplication(applicationId).orElseThrow();
        assertThat(proposed.costLines()).isEqualTo(APPLIED);
        assertThat(proposed.reportingSchedule()).isEqualTo(new ReportingSchedule(List.of(), LocalDate.of(2027, 9, 30)));
        assertThat(proposed.reportingDuties()).isNull();
    }

    @Test
    void cuttingALineShowsTheTotalsAtOnceAndAboveTheAppliedAmountIsRefusedOnTheLine() {
        login("virkailija");
        openProposalForm();
        fillGrant("40000");
        _click(button("instalment-standard"));
        _setValue(field("cost-accepted-2"), Money.euros("25000"));
        assertThat(text("cost-lines-accepted")).isEqualTo("65 000,00 €");
        assertThat(text("cost-lines-cut")).isEqualTo("Leikattu \u22125 000,00 €");
        _click(button("propose"));
        assertThat(field("cost-accepted-2").isInvalid()).isTrue();
        assertThat(plain(field("cost-accepted-2").getErrorMessage())).isEqualTo("Enintään haettu 20 000,00 €");
        assertThat(field("cost-accepted-1").isInvalid()).isFalse();
        assertThat(decisions.ofApplication(applicationId)).isEmpty();

        _setValue(field("cost-accepted-2"), Money.euros("5000"));
        _setValue(_get(TextField.class, spec -> spec.withId("cost-note-2")), "Laitehankinnat vain osittain hyväksyttäviä");
        assertThat(text("cost-lines-accepted")).isEqualTo("45 000,00 €");
        assertThat(text("cost-lines-cut")).isEqualTo("Leikattu 15 000,00 €");
        _click(button("propose"));
        assertThat(decisions.ofApplication(applicationId).orElseThrow().costLines().get(1))
                .isEqualTo(APPLIED.get(1).withAccepted(Money.euros("5000.00"), "Laitehankinnat vain osittain hyväksyttäviä"));
    }

    @Test
    void theGrantMayNotExceedTheAcceptedCosts() {
        login("virkailija");
        openProposalForm();
        fillGrant("40000");
        _click(button("instalment-standard"));
        _setValue(field("cost-accepted-1"), Money.euros("15000"));
        _click(button("propose"));
        BigDecimalField granted = field("grantedAmount");
        assertThat(granted.isInvalid()).isTrue();
        assertThat(plain(granted.getErrorMessage())).isEqualTo("Enintään hyväksytyt kustannukset 35 000,00 €");
    }

    @Test
    void scheduleErrorsAreShownOnTheScheduleFields() {
        login("virkailija");
        openProposalForm();
        fillGrant("40000");
        _click(button("instalment-standard"));
        _setValue(date("finalReportDue"), LocalDate.of(2027, 7, 30));
        _setValue(date("interimReport-date"), LocalDate.of(2027, 8, 15));
        _click(button("interimReports-add"));
        _click(button("propose"));
        assertThat(date("finalReportDue").isInvalid()).isTrue();
        assertThat(date("finalReportDue").getErrorMessage()).isEqualTo("Aikaisintaan käyttöajan päättyessä 31.7.2027");
        ListField<LocalDate> interim = interimReports();
        assertThat(interim.isInvalid()).isTrue();
        assertThat(interim.getErrorMessage()).isEqualTo("Väliselvitys 15.8.2027 ei ole käyttöajalla 1.8.2026–31.7.2027");
        assertThat(decisions.ofApplication(applicationId)).isEmpty();
    }

    @Test
    void theScheduleFollowsTheUsagePeriodUntilThePresenterPicksADate() {
        login("virkailija");
        openProposalForm();
        fillGrant("40000");
        _setValue(date("usageEnd"), LocalDate.of(2027, 12, 31));
        assertThat(date("finalReportDue").getValue()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(interimReports().getValue())
                .as("longer than a year: one in the middle").containsExactly(LocalDate.of(2027, 4, 30));
        _setValue(date("finalReportDue"), LocalDate.of(2028, 1, 31));
        _setValue(date("usageEnd"), LocalDate.of(2027, 11, 30));
        assertThat(date("finalReportDue").getValue()).as("picked by the presenter").isEqualTo(LocalDate.of(2028, 1, 31));
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void everyBrokenRuleIsShownOnItsField() {
        login("virkailija");
        openProposalForm();
        fillGrant("46000");
        _click(button("instalment-add"));
        _click(button("propose"));

        BigDecimalField granted = _get(BigDecimalField.class, spec -> spec.withId("grantedAmount"));
        assertThat(granted.isInvalid()).isTrue();
        assertThat(plain(granted.getErrorMessage())).isEqualTo("Enintään haettu summa 45 000,00 €");
        assertThat(_get(PaymentPlanField.class, spec -> spec.withId("instalments")).isInvalid()).isTrue();
        BigDecimalField emptyRow = _get(BigDecimalField.class, spec -> spec.withId("instalment-amount-1"));
        assertThat(emptyRow.isInvalid()).isTrue();
        assertThat(emptyRow.getErrorMessage()).startsWith("Maksuerältä 1 puuttuu");
        assertThat(decisions.ofApplication(applicationId)).isEmpty();
    }

    @Test
    void aRefusalHidesTheGrantFieldsAndNeedsOnlyAJustification() {
        login("virkailija");
        openProposalForm();
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("positive")), Boolean.FALSE);
        _assertNone(BigDecimalField.class, spec -> spec.withId("grantedAmount"));
        _assertNone(FormLayout.class, spec -> spec.withId("grant-fields"));
        _click(button("propose"));
        assertThat(area("justification").isInvalid()).isTrue();
        _setValue(area("justification"), "Hanke ei vastaa haun tavoitteita.");
        _click(button("propose"));
        assertThat(decisions.ofApplication(applicationId)).map(DecisionSummary::positive).contains(false);
    }

    @Test
    void theDecisionMakerReturnsWithACommentThatThePresenterThenSees() {
        DecisionSummary proposed = proposeAs("virkailija");
        login("paattaja");
        UI.getCurrent().add(new DecisionApprovalPanel(decisions, proposed.id()));
        assertThat(plain(_get(Div.class, spec -> spec.withId("decision-granted")).getText())).isEqualTo("40 000,00 €");
        assertThat(plain(_get(NativeTable.class, spec -> spec.withId("decision-costs")).getElement().getTextRecursively()))
                .contains("Henkilöstökulut", "Koordinaattori 50 %", "30 000,00 €", "Ostopalvelut", "25 000,00 €",
                        "15 000,00 €", "Koulutuspäivien määrä puolitettu", "Leikattu 10 000,00 €");
        assertThat(text("decision-costs-accepted")).isEqualTo("45 000,00 €");
        assertThat(_get(Div.class, spec -> spec.withId("decision-interim-reports")).getText()).isEqualTo("31.1.2027");
        assertThat(_get(Div.class, spec -> spec.withId("decision-final-report")).getText()).isEqualTo("30.9.2027");
        assertThat(_get(Div.class, spec -> spec.withId("decision-presenter")).getText())
                .isEqualTo(users.find("virkailija").orElseThrow().displayName()).isNotEqualTo("virkailija");
        _click(button("return"));
        assertThat(area("comment").isInvalid()).isTrue();
        _setValue(area("comment"), "Tarkenna selvitysvelvollisuutta.");
        _click(button("return"));
        assertThat(decisions.find(proposed.id()).orElseThrow().status()).isEqualTo(DecisionStatus.RETURNED);
        _assertNone(Button.class);

        UI.getCurrent().removeAll();
        login("virkailija");
        openProposalForm();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("return-comment")).getText())
                .isEqualTo("Päättäjä palautti esityksen: Tarkenna selvitysvelvollisuutta.");
        assertThat(area("conditions").getValue()).isEqualTo("Avustusta ei saa käyttää laitehankintoihin.");
        _click(button("propose"));
        assertThat(decisions.find(proposed.id()).orElseThrow().status()).isEqualTo(DecisionStatus.PROPOSED);
    }

    @Test
    void theDecisionMakerApproves() {
        DecisionSummary proposed = proposeAs("virkailija");
        login("paattaja");
        UI.getCurrent().add(new DecisionApprovalPanel(decisions, proposed.id()));
        _click(button("approve"));
        assertThat(decisions.find(proposed.id()).orElseThrow().status()).isEqualTo(DecisionStatus.APPROVED);
        assertThat(_get(Div.class, spec -> spec.withId("decision-status")).getText()).isEqualTo("Hyväksytty");
        _assertNone(Button.class);
    }

    @Test
    void theApplicantDownloadsTheLetterOfTheApprovedDecision() throws java.io.IOException {
        DecisionSummary proposed = proposeAs("virkailija");
        login("paattaja");
        decisions.approve(proposed.id());
        login("hakija");
        UI.getCurrent().add(new DecisionLetterLink(decisions, proposed.id()));
        Anchor link = _get(Anchor.class, spec -> spec.withId("decision-letter"));
        assertThat(link.getText()).isEqualTo("Lataa päätöskirje (PDF)");
        byte[] pdf = DownloadKt._download(link);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("PÄÄTÖS", "Oikaisuvaatimusohje");
        }
    }

    @Test
    void aPresenterApprovingTheirOwnProposalIsRefusedWithAReason() {
        String both = fixtures.user(Role.OFFICIAL, Role.DECISION_MAKER);
        DecisionSummary proposed = proposeAs(both);
        UI.getCurrent().add(new DecisionApprovalPanel(decisions, proposed.id()));
        NotificationsKt.clearNotifications();
        _click(button("approve"));
        NotificationsKt.expectNotifications("Et voi hyväksyä omaa päätösesitystäsi. Päätöksen hyväksyy toinen päättäjä "
                + "(neljän silmän periaate).");
        assertThat(decisions.find(proposed.id()).orElseThrow().status()).isEqualTo(DecisionStatus.PROPOSED);
    }
}
