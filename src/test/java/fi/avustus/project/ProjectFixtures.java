package fi.avustus.project;

import fi.avustus.payment.PaymentFixtures;
import fi.avustus.programme.CallSummary;
import fi.avustus.review.DecisionForm;
import fi.avustus.review.Decisions;
import fi.avustus.review.PaymentPlan;
import fi.avustus.review.ReviewFixtures;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.Time;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Funded projects in the middle of their usage period, made as production makes them (a decision
 * proposed and approved), with dates relative to today so that one interim report has passed and
 * everything else lies ahead. The accepted budget is {@link ReviewFixtures#costLines()}: staff
 * costs 30 000 € and purchased services 15 000 €.
 */
public final class ProjectFixtures {

    public static final int STARTED_DAYS_AGO = 180;
    public static final int PAST_INTERIM_DAYS_AGO = 30;
    public static final int NEXT_INTERIM_IN_DAYS = 30;
    public static final int ENDS_IN_DAYS = 90;
    public static final int FINAL_REPORT_IN_DAYS = 150;

    private ProjectFixtures() {
    }

    public static LocalDate today(ApplicationContext context) {
        return Time.now(context.getBean(Clock.class)).toLocalDate();
    }

    /** A running project of the user's organisation in a call of its own, its letters in this language. */
    public static ProjectSummary running(ApplicationContext context, String applicant, String language) {
        ReviewFixtures fixtures = new ReviewFixtures(context);
        return decide(context, proposal(ReviewFixtures.newApplicationId(), fixtures.call(), fixtures.organisationOf(applicant),
                language, today(context)));
    }

    /** The running project of this proposal; proposes it as an official and approves it as the decision maker. */
    public static ProjectSummary decide(ApplicationContext context, DecisionForm proposal) {
        Projects projects = context.getBean(Projects.class);
        long id = PaymentFixtures.decide(context.getBean(UserDetailsService.class), context.getBean(Decisions.class),
                projects, proposal);
        return SystemUser.call(() -> projects.find(id).orElseThrow());
    }

    /** {@link ReviewFixtures#proposal} with today's running schedule. */
    public static DecisionForm proposal(long applicationId, CallSummary call, long organisationId, String language,
                                        LocalDate today) {
        DecisionForm form = ReviewFixtures.proposal(applicationId, call, organisationId, language);
        form.setUsageStart(today.minusDays(STARTED_DAYS_AGO));
        form.setUsageEnd(today.plusDays(ENDS_IN_DAYS));
        form.setInterimReports(List.of(today.minusDays(PAST_INTERIM_DAYS_AGO), today.plusDays(NEXT_INTERIM_IN_DAYS)));
        form.setFinalReportDue(today.plusDays(FINAL_REPORT_IN_DAYS));
        form.setInstalments(PaymentPlan.standard(form.getGrantedAmount(), form.getUsageStart(), form.getFinalReportDue()));
        return form;
    }
}
