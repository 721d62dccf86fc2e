package fi.avustus.payment;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.Concurrently;
import fi.avustus.Concurrently.Tally;
import fi.avustus.IntegrationTest;
import fi.avustus.project.Projects;
import fi.avustus.review.Decisions;
import fi.avustus.review.ReviewFixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Officials approving at the same moment: one payment per instalment, never more than the
 * granted sum, and every other official told why in words.
 */
@IntegrationTest
class PaymentsConcurrencyTest {

    private static final int CALLERS = 100;

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

    @BeforeEach
    void aProject() {
        ReviewFixtures fixtures = new ReviewFixtures(context);
        projectId = PaymentFixtures.decide(userDetails, decisions, projects, ReviewFixtures.proposal(
                ReviewFixtures.newApplicationId(), fixtures.call(), fixtures.organisationOf("hakija"), "fi"));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void manyApprovingOneInstalmentMakeOnePayment() throws Exception {
        PaymentSummary first = instalments().get(0);

        Tally tally = officials().run("One instalment approved at once", CALLERS,
                caller -> payments.approve(first.id(), first.version()));

        assertThat(tally.failures()).isEmpty();
        assertThat(tally.succeeded()).isEqualTo(1);
        assertThat(tally.refusals()).containsExactly(Map.entry("payment.error.alreadyApproved", CALLERS - 1));
        assertThat(committed()).isEqualByComparingTo(first.amount());
        assertThat(approvedInstalments()).isEqualTo(1);
    }

    @Test
    void twoInstalmentsThatTogetherExceedTheGrantAreNeverBothApproved() throws Exception {
        // A grant reduced after the plan was made: either instalment fits in 30 000, both do not.
        jdbc.update("update avustus.payment_account set granted_amount = 30000 where project_id = ?", projectId);
        List<PaymentSummary> plan = instalments();

        Tally tally = officials().run("Two instalments over the grant approved at once", CALLERS, caller -> {
            PaymentSummary instalment = plan.get(caller % 2);
            payments.approve(instalment.id(), instalment.version());
        });

        assertThat(tally.failures()).isEmpty();
        assertThat(tally.succeeded()).isEqualTo(1);
        assertThat(tally.refusals().keySet()).containsOnly("payment.error.alreadyApproved", "payment.error.exceedsGranted")
                .contains("payment.error.exceedsGranted");
        assertThat(committed()).isIn(new BigDecimal("24000.00"), new BigDecimal("16000.00"));
        assertThat(approvedInstalments()).isEqualTo(1);
    }

    /**
     * Half the officials approve from a screen read before the instalment was settled to a
     * smaller sum: whoever comes before the approval is told the instalment changed meanwhile,
     * whoever comes after that it is already approved; the smaller sum is approved once.
     */
    @Test
    void approvalsFromAScreenReadBeforeTheInstalmentChangedAreRefusedInWords() throws Exception {
        PaymentSummary seenBefore = instalments().get(0);
        actAs(userDetails, "admin");
        PaymentSummary settled = payments.settleRemaining(projectId, new BigDecimal("20000.00")).orElseThrow();
        SecurityContextHolder.clearContext();

        Tally tally = officials().run("Stale and fresh screens approving at once", CALLERS, caller -> {
            PaymentSummary seen = caller % 2 == 0 ? seenBefore : settled;
            payments.approve(seen.id(), seen.version());
        });

        assertThat(tally.failures()).isEmpty();
        assertThat(tally.succeeded()).isEqualTo(1);
        assertThat(tally.refusals().keySet()).containsAnyOf("concurrentModification", "payment.error.alreadyApproved")
                .isSubsetOf("concurrentModification", "payment.error.alreadyApproved");
        assertThat(committed()).isEqualByComparingTo("20000.00");
        assertThat(approvedInstalments()).isEqualTo(1);
    }

    private Concurrently officials() {
        return Concurrently.as(userDetails, "virkailija");
    }

    private List<PaymentSummary> instalments() {
        actAs(userDetails, "admin");
        List<PaymentSummary> found = payments.ofProject(projectId);
        SecurityContextHolder.clearContext();
        return found;
    }

    private BigDecimal committed() {
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from avustus.payment_instalment "
                + "where project_id = ? and status in ('APPROVED', 'PAID')", BigDecimal.class, projectId);
    }

    private int approvedInstalments() {
        return jdbc.queryForObject("select count(*) from avustus.payment_instalment where project_id = ? and status = 'APPROVED'",
                Integer.class, projectId);
    }
}
