package fi.avustus.payment;

import static fi.avustus.programme.ProgrammeFixtures.actAs;

import fi.avustus.project.Projects;
import fi.avustus.review.DecisionForm;
import fi.avustus.review.DecisionSummary;
import fi.avustus.review.Decisions;
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
}
