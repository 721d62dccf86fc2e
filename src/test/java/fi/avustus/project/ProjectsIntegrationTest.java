package fi.avustus.project;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.programme.CallSummary;
import fi.avustus.review.DecisionForm;
import fi.avustus.review.DecisionSummary;
import fi.avustus.review.Decisions;
import fi.avustus.review.ReviewFixtures;
import fi.avustus.shared.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A positive decision creates the funded project with its accepted budget and report due dates. */
@IntegrationTest
class ProjectsIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Decisions decisions;
    @Autowired
    Projects projects;
    @Autowired
    UserDetailsService userDetails;

    private CallSummary call;
    private long applicationId;
    private long organisationId;

    @BeforeEach
    void aCallAndAnApplicationOfHakija() {
        ReviewFixtures fixtures = new ReviewFixtures(context);
        call = fixtures.call();
        applicationId = ReviewFixtures.newApplicationId();
        organisationId = fixtures.organisationOf("hakija");
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private DecisionSummary decide(DecisionForm form) {
        actAs(userDetails, "virkailija");
        DecisionSummary proposed = decisions.propose(form);
        actAs(userDetails, "paattaja");
        return decisions.approve(proposed.id());
    }

    @Test
    void aPositiveDecisionCreatesTheProjectWithItsAcceptedBudgetAndReportDates() {
        DecisionSummary decision = decide(ReviewFixtures.proposal(applicationId, call, organisationId, "fi"));

        actAs(userDetails, "hakija");
        ProjectSummary project = projects.ofApplication(applicationId).orElseThrow();
        assertThat(project.decisionId()).isEqualTo(decision.id());
        assertThat(project.grantedAmount()).isEqualByComparingTo("40000");
        assertThat(project.budgetLines()).containsExactly(
                new ProjectBudgetLine("STAFF", 2026, "Koordinaattori 50 %", Money.euros("30000")),
                new ProjectBudgetLine("PURCHASED_SERVICES", 2027, "Opettajien koulutukset", Money.euros("15000")));
        assertThat(project.interimReportsDue()).containsExactly(LocalDate.of(2027, 1, 31));
        assertThat(project.finalReportDue()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(project.reportDueDates()).containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 9, 30));
        assertThat(projects.mine()).extracting(ProjectSummary::applicationId).contains(applicationId);
    }

    @Test
    void aRefusalCreatesNoProject() {
        DecisionForm refusal = ReviewFixtures.proposal(applicationId, call, organisationId, "fi");
        refusal.setPositive(false);
        refusal.setGrantedAmount(null);
        refusal.setInstalments(java.util.List.of());
        decide(refusal);
        actAs(userDetails, "hakija");
        assertThat(projects.ofApplication(applicationId)).isEmpty();
    }
}
