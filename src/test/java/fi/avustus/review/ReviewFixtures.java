package fi.avustus.review;

import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.programme.Programmes;
import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import fi.avustus.security.UserForm;
import fi.avustus.security.Users;
import fi.avustus.shared.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Calls with criteria, extra officials and fresh application ids for review tests. The demo data
 * has one official and one decision maker; assessments need several reviewers, and the four-eyes
 * test a person who is both. Built by each test from the application context (not a bean: test
 * classes must not add beans to the shared application context).
 */
public class ReviewFixtures {

    private final Programmes programmes;
    private final Calls calls;
    private final Organisations organisations;
    private final Users users;
    private final Clock clock;
    private final Assessments assessments;
    private final UserDetailsService userDetails;

    public ReviewFixtures(ApplicationContext context) {
        this.programmes = context.getBean(Programmes.class);
        this.calls = context.getBean(Calls.class);
        this.organisations = context.getBean(Organisations.class);
        this.users = context.getBean(Users.class);
        this.clock = context.getBean(Clock.class);
        this.assessments = context.getBean(Assessments.class);
        this.userDetails = context.getBean(UserDetailsService.class);
    }

    /** A published call (max grant 50 000 €) with criteria weighted 70 and 30. */
    public CallSummary call() {
        return SystemUser.call(() -> {
            long funder = organisations.active().get(0).id();
            long programmeId = programmes.create(ProgrammeFixtures.programme(funder, clock, "1000000")).id();
            return calls.publish(calls.create(ProgrammeFixtures.completeCall(programmeId, clock, "500000")).id());
        });
    }

    /** A new active user with the given roles, in the funder's organisation like the demo staff. */
    public String user(Role... roles) {
        String username = "review-" + UUID.randomUUID().toString().substring(0, 8);
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setDisplayName("Testi " + username);
        form.setPassword("avustus2026");
        form.setRoles(EnumSet.copyOf(List.of(roles)));
        form.setOrganisationIds(Set.of());
        SystemUser.run(() -> users.create(form));
        return username;
    }

    public long organisationOf(String username) {
        return users.find(username).orElseThrow().organisationIds().iterator().next();
    }

    public OrganisationSummary organisation(long id) {
        return organisations.findAll(List.of(id)).get(0);
    }

    public static long newApplicationId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    /** Assigns every reviewer to every application of the call, as the process would. */
    public void assign(long callId, List<Long> applicationIds, String... reviewers) {
        SystemUser.run(() -> applicationIds.forEach(application -> {
            for (String reviewer : reviewers) {
                assessments.assign(application, callId, reviewer);
            }
        }));
    }

    /** The reviewer declares no conflict and submits these scores, as the assessment screen does; leaves them logged in. */
    public AssessmentSummary assess(String reviewer, long applicationId, Integer... scores) {
        ProgrammeFixtures.actAs(userDetails, reviewer);
        AssessmentSummary own = assessments.ofApplication(applicationId).stream()
                .filter(assessment -> assessment.reviewer().equals(reviewer)).findFirst().orElseThrow();
        AssessmentForm form = AssessmentForm.of(assessments.declareNoConflict(own.id()));
        form.setScores(List.of(scores));
        form.setComment("Perusteltu arvio.");
        return assessments.submit(own.id(), form);
    }

    /**
     * A complete positive proposal for 40 000 € of 45 000 € requested: staff costs accepted in full
     * (30 000 €), training services cut from 25 000 € to 15 000 €; an interim report in the middle
     * of the usage period and the final report two months after it.
     */
    public static DecisionForm proposal(long applicationId, CallSummary call, long organisationId, String language) {
        DecisionForm form = new DecisionForm();
        form.setApplicationId(applicationId);
        form.setCallId(call.id());
        form.setOrganisationId(organisationId);
        form.setRequestedAmount(Money.euros("45000"));
        form.setLanguage(language);
        form.setPositive(true);
        form.setGrantedAmount(Money.euros("40000"));
        form.setCostLines(costLines());
        LocalDate start = LocalDate.of(2026, 8, 1);
        LocalDate end = LocalDate.of(2027, 7, 31);
        form.setUsageStart(start);
        form.setUsageEnd(end);
        form.setConditions("Avustusta ei saa käyttää laitehankintoihin.");
        form.setInterimReports(List.of(LocalDate.of(2027, 1, 31)));
        form.setFinalReportDue(LocalDate.of(2027, 9, 30));
        form.setReportingDuties("Selvityksissä raportoidaan ohjelman indikaattorit.");
        form.setInstalments(PaymentPlan.standard(form.getGrantedAmount(), start, form.getFinalReportDue()));
        form.setJustification("Hanke täyttää haun tavoitteet ja on kustannuksiltaan perusteltu.");
        return form;
    }

    /** The proposal's cost lines: 55 000 € applied for, 45 000 € accepted. */
    public static List<AcceptedCostLine> costLines() {
        return List.of(AcceptedCostLine.asApplied("STAFF", 2026, "Koordinaattori 50 %", Money.euros("30000")),
                AcceptedCostLine.asApplied("PURCHASED_SERVICES", 2027, "Opettajien koulutukset", Money.euros("25000"))
                        .withAccepted(Money.euros("15000"), "Koulutuspäivien määrä puolitettu"));
    }
}
