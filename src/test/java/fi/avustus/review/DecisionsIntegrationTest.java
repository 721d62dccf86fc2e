package fi.avustus.review;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import fi.avustus.audit.AuditEntry;
import fi.avustus.audit.AuditLog;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.programme.CallSummary;
import fi.avustus.security.Role;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Money;
import fi.avustus.shared.ValidationFailedException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Presenters propose, decision makers return or approve; the letter and the event follow approval. */
@IntegrationTest
@RecordApplicationEvents
class DecisionsIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Decisions decisions;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApplicationEvents events;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;

    private ReviewFixtures fixtures;
    private CallSummary call;
    private long applicationId;
    private long organisationId;

    @BeforeEach
    void aCallAndAnApplicationOfHakija() {
        fixtures = new ReviewFixtures(context);
        call = fixtures.call();
        applicationId = ReviewFixtures.newApplicationId();
        organisationId = fixtures.organisationOf("hakija");
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0\u202f]+", " ");
        }
    }

    @Test
    void aReturnedProposalIsRevisedAndApprovedByAnotherPerson() throws IOException {
        actAs(userDetails, "virkailija");
        DecisionForm form = ReviewFixtures.proposal(applicationId, call, organisationId, "fi");
        DecisionSummary proposed = decisions.propose(form);
        assertThat(proposed.status()).isEqualTo(DecisionStatus.PROPOSED);
        assertThat(proposed.presenter()).isEqualTo("virkailija");
        actAs(userDetails, "hakija");
        assertThat(decisions.ofApplication(applicationId)).as("applicants see only approved decisions").isEmpty();
        assertThatThrownBy(() -> decisions.letter(proposed.id())).isInstanceOf(DomainException.class);

        actAs(userDetails, "paattaja");
        assertThatThrownBy(() -> decisions.returnToPresenter(proposed.id(), "")).isInstanceOf(ValidationFailedException.class);
        DecisionSummary returned = decisions.returnToPresenter(proposed.id(), "Tarkenna ehtoja.");
        assertThat(returned.status()).isEqualTo(DecisionStatus.RETURNED);
        assertThatThrownBy(() -> decisions.approve(proposed.id())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("decision.notProposed"));

        actAs(userDetails, "virkailija");
        DecisionForm revised = DecisionForm.of(returned);
        revised.setConditions("Avustusta ei saa käyttää laitehankintoihin eikä matkoihin ulkomaille.");
        DecisionSummary again = decisions.propose(revised);
        assertThat(again.id()).isEqualTo(proposed.id());
        assertThat(again.status()).isEqualTo(DecisionStatus.PROPOSED);
        assertThat(again.returnComment()).isEqualTo("Tarkenna ehtoja.");

        actAs(userDetails, "paattaja");
        assertThatThrownBy(() -> decisions.approve(again.id(), returned.version())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("concurrentModification"));
        DecisionSummary approved = decisions.approve(again.id(), again.version());
        assertThat(approved.status()).isEqualTo(DecisionStatus.APPROVED);
        assertThat(approved.decisionMaker()).isEqualTo("paattaja");
        assertThat(approved.decidedAt()).isNotNull();
        assertThat(events.stream(DecisionMade.class)).containsExactly(new DecisionMade(approved.id(), applicationId, true,
                Money.euros("40000"), revised.getUsageStart(), revised.getUsageEnd()));

        assertThat(auditLog.history(Decisions.auditedType(), approved.id())).as("every step is in the history, newest first")
                .extracting(AuditEntry::username).containsExactly("paattaja", "virkailija", "paattaja", "virkailija");

        actAs(userDetails, "virkailija");
        assertThatThrownBy(() -> decisions.propose(DecisionForm.of(approved))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("decision.alreadyApproved"));

        actAs(userDetails, "hakija");
        assertThat(decisions.ofApplication(applicationId)).map(DecisionSummary::status).contains(DecisionStatus.APPROVED);
        OrganisationSummary applicant = fixtures.organisation(organisationId);
        assertThat(text(decisions.letter(approved.id()))).contains("PÄÄTÖS", applicant.nameFi(), applicant.businessId(),
                "valtionavustusta 40 000,00 €", "1.8.2026–31.7.2027", "eikä matkoihin ulkomaille",
                "Hyväksyttävät kustannukset", "Henkilöstökulut 2026 Koordinaattori 50 % 30 000,00 € 30 000,00 €",
                "Ostopalvelut 2027 Opettajien koulutukset", "Perustelu: Koulutuspäivien määrä puolitettu",
                "25 000,00 € 15 000,00 €", "Yhteensä 55 000,00 € 45 000,00 €",
                "Väliselvitys 31.1.2027", "Loppuselvitys 30.9.2027", "Selvityksissä raportoidaan ohjelman indikaattorit.",
                "24 000,00 €", "16 000,00 €", "Oikaisuvaatimusohje", "Mikko Virtanen", "Helena Koivisto",
                call.programmeName().fi());
    }

    @Test
    void theCostLinesAndTheScheduleAreStoredAndRevisedAsData() {
        actAs(userDetails, "virkailija");
        DecisionSummary proposed = decisions.propose(ReviewFixtures.proposal(applicationId, call, organisationId, "fi"));
        DecisionSummary stored = decisions.find(proposed.id()).orElseThrow();
        assertThat(stored.costLines()).isEqualTo(ReviewFixtures.costLines());
        assertThat(stored.costTotals()).isEqualTo(new CostTotals(Money.euros("55000"), Money.euros("45000")));
        assertThat(stored.reportingSchedule()).isEqualTo(new ReportingSchedule(List.of(LocalDate.of(2027, 1, 31)),
                LocalDate.of(2027, 9, 30)));

        DecisionForm revised = DecisionForm.of(stored);
        revised.setCostLines(List.of(stored.costLines().get(0).withAccepted(Money.euros("28000.5"), " Osa-aikainen "),
                stored.costLines().get(1)));
        revised.setInterimReports(List.of(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 4, 30)));
        revised.setFinalReportDue(LocalDate.of(2027, 8, 31));
        revised.setInstalments(PaymentPlan.standard(revised.getGrantedAmount(), revised.getUsageStart(), LocalDate.of(2027, 8, 31)));
        decisions.propose(revised);
        DecisionSummary again = decisions.find(proposed.id()).orElseThrow();
        assertThat(again.costLines().get(0)).isEqualTo(new AcceptedCostLine("STAFF", 2026, "Koordinaattori 50 %",
                Money.euros("30000"), Money.euros("28000.50"), "Osa-aikainen"));
        assertThat(again.costLines()).hasSize(2);
        assertThat(again.reportingSchedule().dueDates()).containsExactly(LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 4, 30), LocalDate.of(2027, 8, 31));

        DecisionForm refusal = DecisionForm.of(again);
        refusal.setPositive(false);
        refusal.setGrantedAmount(null);
        refusal.setInstalments(List.of());
        DecisionSummary refused = decisions.propose(refusal);
        assertThat(refused.costLines()).as("a refusal accepts no costs").isEmpty();
        assertThat(refused.reportingSchedule()).isEqualTo(ReportingSchedule.none());
    }

    @Test
    void aPositiveProposalFromBeforeCostLinesWereDataIsNotApproved() {
        actAs(userDetails, "virkailija");
        DecisionSummary proposed = decisions.propose(ReviewFixtures.proposal(applicationId, call, organisationId, "fi"));
        // What migration V45 leaves of a proposal made before: no lines, no final report date.
        jdbc.update("delete from avustus.decision_cost_line where decision_id = ?", proposed.id());
        jdbc.update("update avustus.decision set final_report_due = null where id = ?", proposed.id());
        actAs(userDetails, "paattaja");
        assertThatThrownBy(() -> decisions.approve(proposed.id())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("decision.incomplete"));
        assertThat(decisions.returnToPresenter(proposed.id(), "Täydennä kustannusrivit.").status())
                .isEqualTo(DecisionStatus.RETURNED);
    }

    @Test
    void aPresenterCannotApproveTheirOwnProposal() {
        String both = fixtures.user(Role.OFFICIAL, Role.DECISION_MAKER);
        actAs(userDetails, both);
        DecisionSummary proposed = decisions.propose(ReviewFixtures.proposal(applicationId, call, organisationId, "fi"));
        assertThatThrownBy(() -> decisions.approve(proposed.id())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("decision.fourEyes"));
        assertThat(events.stream(DecisionMade.class)).isEmpty();
        actAs(userDetails, "paattaja");
        assertThat(decisions.find(proposed.id())).map(DecisionSummary::status).contains(DecisionStatus.PROPOSED);
        assertThat(decisions.approve(proposed.id()).decisionMaker()).isEqualTo("paattaja");
        assertThat(events.stream(DecisionMade.class)).hasSize(1);
    }

    @Test
    void aSwedishRefusalIsReadableByItsOwnApplicantOnly() throws IOException {
        long swedishOrganisation = fixtures.organisationOf("sokande");
        actAs(userDetails, "virkailija");
        DecisionForm refusal = ReviewFixtures.proposal(applicationId, call, swedishOrganisation, "sv");
        refusal.setPositive(false);
        refusal.setGrantedAmount(null);
        refusal.setInstalments(List.of());
        refusal.setJustification("Projektet motsvarar inte ansökningsomgångens mål.");
        DecisionSummary proposed = decisions.propose(refusal);
        assertThat(proposed.grantedAmount()).isNull();
        assertThat(proposed.usageStart()).isNull();
        actAs(userDetails, "paattaja");
        DecisionSummary approved = decisions.approve(proposed.id());
        assertThat(events.stream(DecisionMade.class)).containsExactly(new DecisionMade(approved.id(), applicationId, false,
                Money.euros("0"), null, null));

        actAs(userDetails, "hakija");
        assertThatThrownBy(() -> decisions.letter(approved.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decisions.ofApplication(applicationId)).isInstanceOf(AccessDeniedException.class);
        actAs(userDetails, "sokande");
        OrganisationSummary applicant = fixtures.organisation(swedishOrganisation);
        assertThat(text(decisions.letter(approved.id()))).contains("BESLUT", applicant.nameSv(),
                "beviljar inte sökanden", "Projektet motsvarar inte", "Anvisning om begäran om omprövning", "inom 30 dagar")
                .doesNotContain("Utbetalning av understödet");
        actAs(userDetails, "virkailija");
        assertThat(decisions.letter(approved.id())).startsWith("%PDF".getBytes());
    }

    @Test
    void aProposalIsRefusedWithEveryReasonAndOnlyOfficialsPropose() {
        DecisionForm form = ReviewFixtures.proposal(applicationId, call, organisationId, "fi");
        form.setRequestedAmount(Money.euros("80000"));
        form.setGrantedAmount(Money.euros("60000"));
        form.setUsageEnd(form.getUsageStart().minusDays(1));
        actAs(userDetails, "virkailija");
        assertThatThrownBy(() -> decisions.propose(form)).isInstanceOfSatisfying(ValidationFailedException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field() + ":" + v.messageKey()).containsExactlyInAnyOrder(
                        "grantedAmount:decision.granted.overMaxGrant", "grantedAmount:decision.granted.overAccepted",
                        "usageEnd:decision.usageEnd.beforeStart",
                        "instalments:decision.instalments.sum"));
        form.setOrganisationId(-1L);
        assertThatThrownBy(() -> decisions.propose(form)).isInstanceOfSatisfying(ValidationFailedException.class,
                e -> assertThat(e.violations()).extracting(ValidationFailedException.Violation::field).contains("organisationId"));

        actAs(userDetails, "hakija");
        assertThatThrownBy(() -> decisions.propose(ReviewFixtures.proposal(applicationId, call, organisationId, "fi")))
                .isInstanceOf(AccessDeniedException.class);
        actAs(userDetails, "paattaja");
        assertThatThrownBy(() -> decisions.propose(ReviewFixtures.proposal(applicationId, call, organisationId, "fi")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
