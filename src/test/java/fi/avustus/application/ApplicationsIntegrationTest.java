package fi.avustus.application;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Money;
import fi.avustus.shared.ValidationFailedException;
import fi.avustus.shared.upload.AttachmentSummary;
import fi.avustus.shared.upload.UploadFixtures;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The applicant's whole path through the facade on the embedded PostgreSQL, as the demo users. */
@IntegrationTest
@RecordApplicationEvents
class ApplicationsIntegrationTest {

    @Autowired
    org.camunda.bpm.engine.TaskService taskService;
    @Autowired
    fi.avustus.application.process.GrantApplicationFlow flow;
    @Autowired
    Applications applications;
    @Autowired
    Programmes programmes;
    @Autowired
    Calls calls;
    @Autowired
    Organisations organisations;
    @Autowired
    UserDetailsService users;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents recorded;

    private CallSummary call;

    @BeforeEach
    void openCall() {
        call = ApplicationFixtures.openCall(users, programmes, calls, organisations, clock);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private long draftOf(String username) {
        actAs(users, username);
        long organisation = applications.eligibleOrganisations(call.id()).get(0).id();
        long id = applications.startDraft(call.id(), organisation);
        applications.saveDraft(id, ApplicationFixtures.completeForm(0));
        return id;
    }

    private long version(long id) {
        return applications.find(id).orElseThrow().content().getVersion();
    }

    private static List<String> reasons(Throwable refused) {
        return ((ValidationFailedException) refused).violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }

    @Test
    void aDraftIsSubmittedAndItsVersionFrozen() {
        long id = draftOf("hakija");
        applications.submit(id);

        ApplicationDetails submitted = applications.find(id).orElseThrow();
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.summary().submittedVersion()).isEqualTo(1);
        assertThat(submitted.versions()).singleElement().satisfies(v -> assertThat(v.submittedBy()).isEqualTo("hakija"));
        assertThat(recorded.stream(ApplicationSubmitted.class)).contains(new ApplicationSubmitted(id, call.id(), submitted.summary().organisationId(), 1));
        assertThatThrownBy(() -> applications.saveDraft(id, ApplicationFixtures.completeForm(version(id))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("application.notEditable"));
        assertThatThrownBy(() -> jdbc.update("update avustus.application_version set content = '{}' where application_id = ?", id))
                .hasMessageContaining("immutable");
        assertThat(applications.mine()).anyMatch(mine -> mine.id() == id);
    }

    @Test
    void anIncompleteDraftIsRefusedWithEveryReason() {
        actAs(users, "hakija");
        long id = applications.startDraft(call.id(), applications.eligibleOrganisations(call.id()).get(0).id());
        assertThatThrownBy(() -> applications.submit(id)).satisfies(refused -> assertThat(reasons(refused))
                .contains("projectName:validation.required", "budgetLines:application.budget.none"));
    }

    @Test
    void aLateSubmitIsRefusedWithTheCallsClosingTime() {
        long id = draftOf("hakija");
        jdbc.update("update avustus.call_for_applications set open_until = now() - interval '1 minute' where id = ?", call.id());
        assertThatThrownBy(() -> applications.submit(id)).isInstanceOfSatisfying(ValidationFailedException.class, refused -> {
            assertThat(refused.violations()).singleElement().satisfies(v -> {
                assertThat(v.messageKey()).isEqualTo("application.call.closed");
                assertThat((String) v.arguments()[0]).matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4} \\d{2}:\\d{2}");
            });
        });
        assertThat(applications.find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void twoEditorsNeverSilentlyOverwriteEachOther() {
        long id = draftOf("hakija");
        long read = version(id);
        ApplicationForm first = ApplicationFixtures.completeForm(read);
        first.setProjectName("Ensimmäinen");
        applications.saveDraft(id, first);
        ApplicationForm second = ApplicationFixtures.completeForm(read);
        second.setProjectName("Toinen");
        assertThatThrownBy(() -> applications.saveDraft(id, second))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("concurrentModification"));
        assertThat(applications.find(id).orElseThrow().content().getProjectName()).isEqualTo("Ensimmäinen");
    }

    @Test
    void fieldRulesApplyToDrafts() {
        long id = draftOf("hakija");
        ApplicationForm form = ApplicationFixtures.completeForm(version(id));
        form.setSelfFinancing(Money.ABSURD.add(Money.euros("1")));
        form.setProjectName("x".repeat(201));
        assertThatThrownBy(() -> applications.saveDraft(id, form)).satisfies(refused -> assertThat(reasons(refused))
                .containsExactlyInAnyOrder("selfFinancing:validation.tooLarge", "projectName:validation.tooLong"));
    }

    @Test
    void aSubmittedApplicationIsWithdrawnWithAReason() {
        long id = draftOf("hakija");
        applications.submit(id);
        assertThatThrownBy(() -> applications.withdraw(id, " ")).isInstanceOf(ValidationFailedException.class);
        applications.withdraw(id, "Hanke toteutetaan muulla rahoituksella.");
        assertThat(applications.find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(recorded.stream(ApplicationWithdrawn.class)).contains(new ApplicationWithdrawn(id, "Hanke toteutetaan muulla rahoituksella."));
        assertThatThrownBy(() -> applications.withdraw(id, "uudestaan"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("application.notWithdrawable"));
    }

    @Test
    void completionMakesVersionTwoAndTheDifferenceListsWhatChanged() {
        long id = draftOf("hakija");
        applications.submit(id);
        ApplicationFixtures.requestCompletion(users, taskService, flow, id, "Tarkenna budjettia.", LocalDate.now(clock).plusDays(14));
        assertThat(applications.find(id).orElseThrow().completionMessage()).isEqualTo("Tarkenna budjettia.");

        ApplicationForm completed = ApplicationFixtures.completeForm(version(id));
        completed.setSummary("Tarkennettu kuvaus.");
        completed.setBudgetLines(List.of(new BudgetLine(BudgetCategory.STAFF, 2027, "Koordinaattori", Money.euros("110000")),
                new BudgetLine(BudgetCategory.TRAVEL, 2027, "Matkat", Money.euros("10000"))));
        applications.saveDraft(id, completed);
        applications.resubmitAfterCompletion(id);

        assertThat(applications.versions(id)).extracting(SubmittedVersion::number).containsExactly(1, 2);
        assertThat(recorded.stream(ApplicationCompleted.class)).contains(new ApplicationCompleted(id, 2));
        assertThat(applications.difference(id, 1, 2)).containsExactlyInAnyOrder(
                new FieldDifference("summary", "Seudullinen yhteistyö ohjauksessa ja työelämäyhteistyössä.", "Tarkennettu kuvaus."),
                new FieldDifference("budgetLines[1].amount", "100000.00", "110000.00"),
                new FieldDifference("budgetLines[2].amount", "20000.00", "10000.00"));
        assertThat(applications.find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void theProcessMovesTheCaseToADecision() {
        long id = draftOf("hakija");
        applications.submit(id);
        SystemUser.run(() -> {
            applications.markInAssessment(id);
            applications.markInAssessment(id);
            applications.markInDecision(id);
            applications.markDecided(id, true);
        });
        assertThat(applications.find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThatThrownBy(() -> SystemUser.run(() -> applications.closeAsIncomplete(id))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> applications.markInDecision(id)).isInstanceOf(AccessDeniedException.class);
        actAs(users, "virkailija");
        CallApplications ofCall = applications.ofCall(call.id());
        assertThat(ofCall.countsByStatus()).containsEntry(ApplicationStatus.APPROVED, 1L);
    }

    @Test
    void attachmentsAreCheckedByContentAndSize() {
        long id = draftOf("hakija");
        AttachmentSummary pdf = applications.uploadAttachment(id, "../suunnitelma.pdf", new ByteArrayInputStream(UploadFixtures.pdf()));
        assertThat(pdf.fileName()).isEqualTo("suunnitelma.pdf");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        AttachmentSummary docx = applications.uploadAttachment(id, "liite.docx", new ByteArrayInputStream(UploadFixtures.docx()));
        assertThat(applications.downloadAttachment(id, docx.id()).content()).isEqualTo(UploadFixtures.docx());

        assertThatThrownBy(() -> applications.uploadAttachment(id, "vale.pdf", new ByteArrayInputStream(UploadFixtures.plainZip())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("attachment.typeNotAllowed"));
        byte[] oversize = new byte[(int) (10L * 1024 * 1024 + 1)];
        System.arraycopy(UploadFixtures.pdf(), 0, oversize, 0, UploadFixtures.pdf().length);
        assertThatThrownBy(() -> applications.uploadAttachment(id, "iso.pdf", new ByteArrayInputStream(oversize)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("attachment.tooLarge"));

        applications.deleteAttachment(id, pdf.id());
        assertThat(applications.find(id).orElseThrow().attachments()).extracting(AttachmentSummary::fileName).containsExactly("liite.docx");
    }

    @Test
    void anApplicantNeverReachesAnotherOrganisationsApplication() {
        long lappia = draftOf("applicant");
        AttachmentSummary file = applications.uploadAttachment(lappia, "a.pdf", new ByteArrayInputStream(UploadFixtures.pdf()));
        actAs(users, "hakija");
        assertThat(applications.find(lappia)).isEmpty();
        assertThat(applications.mine()).noneMatch(mine -> mine.id() == lappia);
        assertThatThrownBy(() -> applications.saveDraft(lappia, ApplicationFixtures.completeForm(0))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.submit(lappia)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.withdraw(lappia, "ei")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.downloadAttachment(lappia, file.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.deleteAttachment(lappia, file.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.uploadAttachment(lappia, "b.pdf", new ByteArrayInputStream(UploadFixtures.pdf())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.versions(lappia)).isInstanceOf(AccessDeniedException.class);
        long own = draftOf("hakija");
        assertThatThrownBy(() -> applications.downloadAttachment(own, file.id())).isInstanceOf(DomainException.class);
        long lappiaOrganisation = organisations.findByBusinessId(organisationsBusinessId("Lappia")).orElseThrow().id();
        assertThatThrownBy(() -> applications.startDraft(call.id(), lappiaOrganisation)).isInstanceOf(AccessDeniedException.class);
        actAs(users, "virkailija");
        assertThat(applications.find(lappia)).isPresent();
        assertThatThrownBy(() -> applications.saveDraft(lappia, ApplicationFixtures.completeForm(0))).isInstanceOf(AccessDeniedException.class);
    }

    private String organisationsBusinessId(String namePart) {
        actAs(users, "admin");
        String businessId = organisations.active().stream().filter(o -> o.nameFi().contains(namePart))
                .map(OrganisationSummary::businessId).findFirst().orElseThrow();
        actAs(users, "hakija");
        return businessId;
    }
}
