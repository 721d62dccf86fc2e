package fi.avustus.payment;

import static fi.avustus.programme.ProgrammeFixtures.actAs;

import fi.avustus.project.Projects;
import fi.avustus.review.DecisionForm;
import fi.avustus.review.DecisionSummary;
import fi.avustus.review.Decisions;
import fi.avustus.shared.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A funded project with its instalments, made the way production makes one: a decision proposed and approved. */
public final class PaymentFixtures {

    private PaymentFixtures() {
    }

    /** Proposes and approves the decision; returns the id of the project it created. */
    public static long decide(UserDetailsService users, Decisions decisions, Projects projects, DecisionForm proposal) {
        actAs(users, "virkailija");
        DecisionSummary proposed = decisions.propose(proposal);
        actAs(users, "paattaja");
        decisions.approve(proposed.id());
        long projectId = projects.ofApplication(proposal.getApplicationId()).orElseThrow().id();
        SecurityContextHolder.clearContext();
        return projectId;
    }

    /**
     * Approves and pays the project's first instalments, one for each date, as an official and an
     * administrator do, then dates each payment at noon of its day: the finance system's payment
     * dates, which a test cannot wait for. Leaves nobody logged in.
     *
     * @return the project's instalments as they are afterwards
     */
    public static List<PaymentSummary> pay(UserDetailsService users, Payments payments, JdbcTemplate jdbc, long projectId,
                                           LocalDate... paidOn) {
        actAs(users, "admin");
        List<PaymentSummary> plan = payments.ofProject(projectId);
        for (int i = 0; i < paidOn.length; i++) {
            PaymentSummary approved = payments.approve(plan.get(i).id(), plan.get(i).version());
            payments.markPaid(approved.id(), approved.version());
            jdbc.update("update avustus.payment_instalment set paid_at = ? where id = ?",
                    Timestamp.from(paidOn[i].atTime(LocalTime.NOON).atZone(Time.HELSINKI).toInstant()), approved.id());
        }
        List<PaymentSummary> after = payments.ofProject(projectId);
        SecurityContextHolder.clearContext();
        return after;
    }
}
