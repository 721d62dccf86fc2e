package fi.avustus.funding;

import static fi.avustus.programme.ProgrammeFixtures.actAs;

import fi.avustus.actionplan.DocumentFixtures;
import fi.avustus.actionplan.DocumentFixtures.TestNetwork;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.Applications;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.Organisations;
import fi.avustus.organisation.SteeringGroups;
import fi.avustus.payment.PaymentFixtures;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.Payments;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.project.Projects;
import fi.avustus.review.Decisions;
import fi.avustus.review.ReviewFixtures;
import fi.avustus.security.Users;
import java.time.Clock;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A programme of its own (its call open, for grants up to 500 000 €) with four funded projects of 40 000 € each (usage period 1.8.2026–31.7.2027),
 * made the way production makes them: two by the organisations of a network of its own (its
 * coordinator, whose first instalment of 24 000 € is paid, and a member), one by an organisation in
 * no network, and one from the demo applicant's submitted application, which gives the project its
 * name. Built from the application context, not as a bean: tests share one context.
 */
public final class FundingFixtures {

    /** The ids of what was made. */
    public record Scenario(long programmeId, long networkId, String networkName, long coordinatorProject,
                           long memberProject, long outsiderProject, long namedProject, String projectName) {
    }

    private FundingFixtures() {
    }

    public static Scenario scenario(ApplicationContext context) {
        UserDetailsService userDetails = context.getBean(UserDetailsService.class);
        Users users = context.getBean(Users.class);
        Decisions decisions = context.getBean(Decisions.class);
        Projects projects = context.getBean(Projects.class);
        Payments payments = context.getBean(Payments.class);
        Applications applications = context.getBean(Applications.class);
        ReviewFixtures reviews = new ReviewFixtures(context);

        CallSummary call = ApplicationFixtures.openCall(userDetails, context.getBean(Programmes.class),
                context.getBean(Calls.class), context.getBean(Organisations.class), context.getBean(Clock.class));
        TestNetwork network = DocumentFixtures.network(userDetails, context.getBean(Organisations.class), users,
                context.getBean(Networks.class), context.getBean(SteeringGroups.class));
        long coordinatorProject = PaymentFixtures.decide(userDetails, decisions, projects, ReviewFixtures.proposal(
                ReviewFixtures.newApplicationId(), call, reviews.organisationOf(network.coordinator()), "fi"));
        long memberProject = PaymentFixtures.decide(userDetails, decisions, projects, ReviewFixtures.proposal(
                ReviewFixtures.newApplicationId(), call, reviews.organisationOf(network.member()), "fi"));
        long outsiderProject = PaymentFixtures.decide(userDetails, decisions, projects, ReviewFixtures.proposal(
                ReviewFixtures.newApplicationId(), call, reviews.organisationOf(network.outsider()), "fi"));
        long applicationId = ApplicationFixtures.submitted(userDetails, applications, call.id());
        long applicant = applications.find(applicationId).orElseThrow().summary().organisationId();
        String projectName = applications.find(applicationId).orElseThrow().summary().projectName();
        long namedProject = PaymentFixtures.decide(userDetails, decisions, projects, ReviewFixtures.proposal(
                applicationId, call, applicant, "fi"));

        actAs(userDetails, "virkailija");
        PaymentSummary first = payments.ofProject(coordinatorProject).get(0);
        PaymentSummary approved = payments.approve(first.id(), first.version());
        actAs(userDetails, "admin");
        payments.markPaid(approved.id(), approved.version());
        String networkName = context.getBean(Networks.class).find(network.networkId()).orElseThrow().name().fi();
        SecurityContextHolder.clearContext();
        return new Scenario(call.programmeId(), network.networkId(), networkName, coordinatorProject, memberProject,
                outsiderProject, namedProject, projectName);
    }
}
