package fi.avustus.payment;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.project.Projects;
import fi.avustus.review.Decisions;
import fi.avustus.review.ReviewFixtures;
import fi.avustus.shared.DomainException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Officials approving at the same moment: one payment per instalment, never more than the granted sum. */
@IntegrationTest
class PaymentsConcurrencyTest {

    private static final int THREADS = 20;

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
    private ExecutorService pool;

    @BeforeEach
    void aProject() {
        ReviewFixtures fixtures = new ReviewFixtures(context);
        projectId = PaymentFixtures.decide(userDetails, decisions, projects, ReviewFixtures.proposal(
                ReviewFixtures.newApplicationId(), fixtures.call(), fixtures.organisationOf("hakija"), "fi"));
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        SecurityContextHolder.clearContext();
    }

    @Test
    void manyApprovingOneInstalmentMakeOnePayment() throws Exception {
        PaymentSummary first = instalments().get(0);

        List<Outcome> outcomes = atOnce(thread -> first);

        assertThat(outcomes).filteredOn(Outcome::approved).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.approved())
                .hasSize(THREADS - 1).allMatch(outcome -> "payment.error.alreadyApproved".equals(outcome.refusal()));
        assertThat(committed()).isEqualByComparingTo(first.amount());
        assertThat(jdbc.queryForObject("select count(*) from avustus.payment_instalment where project_id = ? and status = 'APPROVED'",
                Integer.class, projectId)).isEqualTo(1);
    }

    @Test
    void twoInstalmentsThatTogetherExceedTheGrantAreNeverBothApproved() throws Exception {
        // A grant reduced after the plan was made: either instalment fits in 30 000, both do not.
        jdbc.update("update avustus.payment_account set granted_amount = 30000 where project_id = ?", projectId);
        List<PaymentSummary> plan = instalments();

        List<Outcome> outcomes = atOnce(thread -> plan.get(thread % 2));

        assertThat(outcomes).filteredOn(Outcome::approved).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.approved()).extracting(Outcome::refusal)
                .containsOnly("payment.error.alreadyApproved", "payment.error.exceedsGranted")
                .contains("payment.error.exceedsGranted");
        assertThat(committed()).isIn(new BigDecimal("24000.00"), new BigDecimal("16000.00"));
    }

    record Outcome(boolean approved, String refusal) {
    }

    interface Choice {
        PaymentSummary of(int thread);
    }

    /** Every thread waits at the gate, then approves its instalment as an official. */
    private List<Outcome> atOnce(Choice choice) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            PaymentSummary instalment = choice.of(thread);
            Callable<Outcome> approve = () -> {
                actAs(userDetails, "virkailija");
                gate.await();
                try {
                    payments.approve(instalment.id(), instalment.version());
                    return new Outcome(true, null);
                } catch (DomainException refused) {
                    return new Outcome(false, refused.messageKey());
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            futures.add(pool.submit(approve));
        }
        gate.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> future : futures) {
            outcomes.add(future.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
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
}
