package fi.avustus.payment;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import fi.avustus.programme.CallSummary;
import fi.avustus.project.Projects;
import fi.avustus.review.DecisionForm;
import fi.avustus.review.Decisions;
import fi.avustus.review.Instalment;
import fi.avustus.review.ReviewFixtures;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A positive decision's payment plan becomes the project's instalments, approved and paid within the granted sum. */
@IntegrationTest
class PaymentsIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Decisions decisions;
    @Autowired
    Projects projects;
    @Autowired
    Payments payments;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;

    private long projectId;
    private DecisionForm proposal;

    @BeforeEach
    void aPositiveDecision() {
        ReviewFixtures fixtures = new ReviewFixtures(context);
        CallSummary call = fixtures.call();
        long applicationId = ReviewFixtures.newApplicationId();
        proposal = ReviewFixtures.proposal(applicationId, call, fixtures.organisationOf("hakija"), "fi");
        projectId = PaymentFixtures.decide(userDetails, decisions, projects, proposal);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDecisionsPaymentPlanBecomesTheProjectsInstalments() {
        actAs(userDetails, "hakija");
        List<PaymentSummary> instalments = payments.ofProject(projectId);

        List<Instalment> plan = proposal.getInstalments();
        assertThat(instalments).extracting(PaymentSummary::sequence).containsExactly(1, 2);
        assertThat(instalments).extracting(PaymentSummary::dueDate)
                .containsExactly(plan.get(0).dueDate(), plan.get(1).dueDate());
        assertThat(instalments).extracting(PaymentSummary::amount)
                .containsExactly(Money.euros("24000"), Money.euros("16000"));
        assertThat(instalments).extracting(PaymentSummary::status).containsOnly(PaymentStatus.PLANNED);
        assertThat(instalments).extracting(PaymentSummary::reference)
                .containsExactly(ReferenceNumber.of(projectId, 1), ReferenceNumber.of(projectId, 2))
                .allMatch(ReferenceNumber::isValid);
    }

    @Test
    void anOfficialApprovesAndAnAdministratorMarksPaid() {
        PaymentSummary first = first();
        actAs(userDetails, "virkailija");
        assertThatThrownBy(() -> payments.markPaid(first.id(), first.version()))
                .isInstanceOf(AccessDeniedException.class);

        PaymentSummary approved = payments.approve(first.id(), first.version());
        assertThat(approved.status()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("virkailija");
        assertThat(approved.approvedAt()).isNotNull();
        assertThat(payments.list(PaymentStatus.APPROVED)).extracting(PaymentSummary::id).contains(first.id());
        assertThatThrownBy(() -> payments.approve(first.id(), approved.version()))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "payment.error.alreadyApproved");

        actAs(userDetails, "admin");
        PaymentSummary paid = payments.markPaid(first.id(), approved.version());
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.paidBy()).isEqualTo("admin");
        assertThat(paid.paidAt()).isNotNull();
        assertThatThrownBy(() -> payments.markPaid(first.id(), paid.version()))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "payment.error.alreadyPaid");
        assertThat(payments.list(PaymentStatus.APPROVED)).extracting(PaymentSummary::id).doesNotContain(first.id());
        assertThat(payments.paidByProject(List.of(projectId, -1L))).containsOnlyKeys(projectId)
                .hasEntrySatisfying(projectId, sum -> assertThat(sum).isEqualByComparingTo(first.amount()));
        assertThat(payments.paidByProject(List.of())).isEmpty();
    }

    @Test
    void onlyAnApprovedInstalmentIsPaidAndOnlyStaffApprove() {
        PaymentSummary first = first();
        actAs(userDetails, "admin");
        assertThatThrownBy(() -> payments.markPaid(first.id(), first.version()))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "payment.error.notApproved");
        for (String notAllowed : List.of("paattaja", "hakija", "ohjausryhma")) {
            actAs(userDetails, notAllowed);
            assertThatThrownBy(() -> payments.approve(first.id(), first.version()))
                    .as(notAllowed).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(first().status()).isEqualTo(PaymentStatus.PLANNED);
    }

    @Test
    void aStaleVersionIsRefused() {
        PaymentSummary first = first();
        jdbc.update("update avustus.payment_instalment set version = version + 1 where id = ?", first.id());
        actAs(userDetails, "virkailija");
        assertThatThrownBy(() -> payments.approve(first.id(), first.version()))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "concurrentModification");
    }

    @Test
    void instalmentsOverTheGrantedSumAreRefused() {
        // A grant reduced after the plan was made: the plan's 24 000 + 16 000 no longer fit in 30 000.
        jdbc.update("update avustus.payment_account set granted_amount = 30000 where project_id = ?", projectId);
        List<PaymentSummary> plan = instalments();
        actAs(userDetails, "virkailija");
        payments.approve(plan.get(0).id(), plan.get(0).version());
        assertThatThrownBy(() -> payments.approve(plan.get(1).id(), plan.get(1).version()))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "payment.error.exceedsGranted");
        assertThat(instalments().get(1).status()).isEqualTo(PaymentStatus.PLANNED);
        assertThat(committed()).isEqualByComparingTo("24000");
    }

    @Test
    void theDatabaseRefusesInstalmentsOverTheGrantedSumWhateverWritesThem() {
        List<PaymentSummary> plan = instalments();
        jdbc.update("update avustus.payment_instalment set status = 'APPROVED', approved_by = 'x', approved_at = now() where id = ?",
                plan.get(0).id());
        jdbc.update("update avustus.payment_instalment set amount = 16000.01 where id = ?", plan.get(1).id());
        assertThatThrownBy(() -> jdbc.update(
                "update avustus.payment_instalment set status = 'APPROVED', approved_by = 'x', approved_at = now() where id = ?",
                plan.get(1).id())).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("exceed");
        jdbc.update("update avustus.payment_instalment set amount = 16000 where id = ?", plan.get(1).id());
        jdbc.update("update avustus.payment_instalment set status = 'APPROVED', approved_by = 'x', approved_at = now() where id = ?",
                plan.get(1).id());
        assertThat(committed()).isEqualByComparingTo("40000");
    }

    @Test
    void anotherOrganisationsApplicantSeesNoInstalments() {
        actAs(userDetails, "sokande");
        assertThatThrownBy(() -> payments.ofProject(projectId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theMigrationsReferenceNumbersAreTheApplications() {
        for (long project : List.of(1L, 9L, 42L, 1234L, 98765L, 4_000_000_000L)) {
            for (int sequence : List.of(1, 2, 9, 10, 99)) {
                assertThat(jdbc.queryForObject("select avustus.payment_reference(?, ?)", String.class, project, sequence))
                        .as("project %d, instalment %d", project, sequence).isEqualTo(ReferenceNumber.of(project, sequence));
            }
        }
    }

    private List<PaymentSummary> instalments() {
        actAs(userDetails, "admin");
        return payments.ofProject(projectId);
    }

    private PaymentSummary first() {
        return instalments().get(0);
    }

    private BigDecimal committed() {
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from avustus.payment_instalment "
                + "where project_id = ? and status in ('APPROVED', 'PAID')", BigDecimal.class, projectId);
    }
}
