package fi.avustus.recovery;

import static fi.avustus.programme.ProgrammeFixtures.actAs;

import fi.avustus.payment.PaymentFixtures;
import fi.avustus.payment.Payments;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.ProgrammeForm;
import fi.avustus.programme.Programmes;
import fi.avustus.project.Projects;
import fi.avustus.review.Decisions;
import fi.avustus.review.ReviewFixtures;
import fi.avustus.shared.Time;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Funded projects with paid instalments, made as production makes them (a decision proposed and
 * approved, its instalments approved and paid), for the recovery tests. Built by each test from
 * the application context (not a bean: tests must not add beans to the shared context).
 */
public class RecoveryFixtures {

    private final ApplicationContext context;
    private final ReviewFixtures review;
    private final Clock clock;

    public RecoveryFixtures(ApplicationContext context) {
        this.context = context;
        this.review = new ReviewFixtures(context);
        this.clock = context.getBean(Clock.class);
    }

    public LocalDate today() {
        return Time.now(clock).toLocalDate();
    }

    /**
     * A project of the demo applicant {@code hakija}'s organisation under a programme with the
     * default funding rules (threshold 100 €, interest 2 + 3 = 5 %): 40 000 € granted in
     * instalments of 24 000 € and 16 000 €, of which the first ones are paid the given numbers of
     * days before today. Leaves nobody logged in.
     */
    public long paidProject(int... paidDaysAgo) {
        return paidProject(null, paidDaysAgo);
    }

    /** The same, under a programme whose reference rate is the given one (null: the default). */
    public long paidProject(BigDecimal referenceRatePercent, int... paidDaysAgo) {
        CallSummary call = review.call();
        if (referenceRatePercent != null) {
            referenceRate(call.programmeId(), referenceRatePercent);
        }
        long projectId = PaymentFixtures.decide(users(), context.getBean(Decisions.class), context.getBean(Projects.class),
                ReviewFixtures.proposal(ReviewFixtures.newApplicationId(), call, review.organisationOf("hakija"), "fi"));
        PaymentFixtures.pay(users(), context.getBean(Payments.class), context.getBean(JdbcTemplate.class), projectId,
                Arrays.stream(paidDaysAgo).mapToObj(days -> today().minusDays(days)).toArray(LocalDate[]::new));
        return projectId;
    }

    /** Settles the project as the reporting process does, as the system's administrator role. Leaves nobody logged in. */
    public Settlement settle(long projectId, String acceptedCosts) {
        actAs(users(), "admin");
        try {
            return context.getBean(Recoveries.class).settle(projectId, new BigDecimal(acceptedCosts),
                    java.util.Locale.forLanguageTag("fi"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void referenceRate(long programmeId, BigDecimal percent) {
        Programmes programmes = context.getBean(Programmes.class);
        actAs(users(), "admin");
        ProgrammeForm form = ProgrammeForm.of(programmes.find(programmeId).orElseThrow());
        form.setReferenceRatePercent(percent);
        programmes.update(programmeId, form);
        SecurityContextHolder.clearContext();
    }

    private UserDetailsService users() {
        return context.getBean(UserDetailsService.class);
    }
}
