package fi.avustus.deadline;

import static fi.avustus.programme.ProgrammeFixtures.actAs;

import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.Applications;
import fi.avustus.payment.PaymentFixtures;
import fi.avustus.programme.CallSummary;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.review.DecisionForm;
import fi.avustus.review.Decisions;
import fi.avustus.review.PaymentPlan;
import fi.avustus.review.ReviewFixtures;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.Time;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Cases with deadlines relative to today, made the way production makes them, for the deadline
 * tests. Built by each test from the application context (not a bean: tests must not add beans).
 */
public final class DeadlineFixtures {

    private final UserDetailsService users;
    private final Applications applications;
    private final Decisions decisions;
    private final Projects projects;
    private final Clock clock;

    public DeadlineFixtures(ApplicationContext context) {
        this.users = context.getBean(UserDetailsService.class);
        this.applications = context.getBean(Applications.class);
        this.decisions = context.getBean(Decisions.class);
        this.projects = context.getBean(Projects.class);
        this.clock = context.getBean(Clock.class);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Time.HELSINKI));
    }

    /** A draft of this applicant's organisation (the first one eligible unless given) in the call. */
    public long draft(String applicant, long callId, Long organisationId) {
        actAs(users, applicant);
        long organisation = organisationId != null ? organisationId : applications.eligibleOrganisations(callId).get(0).id();
        long id = applications.startDraft(callId, organisation);
        SecurityContextHolder.clearContext();
        return id;
    }

    /**
     * An application of {@code hakija} returned for completion by this date. The process's own
     * path refuses past dates, so a past date is set directly, as if its timer had not yet fired.
     */
    public long completionRequested(long callId, LocalDate deadline) {
        long id = ApplicationFixtures.submitted(users, applications, callId);
        SystemUser.run(() -> applications.requestCompletion(id, "Liitä talousarvion erittely.", deadline));
        SecurityContextHolder.clearContext();
        return id;
    }

    /** A funded project of the organisation with these dates, created by a positive decision. */
    public ProjectSummary project(CallSummary call, long organisationId, LocalDate usageStart, LocalDate usageEnd,
                                  List<LocalDate> interimReports, LocalDate finalReportDue) {
        DecisionForm form = ReviewFixtures.proposal(ReviewFixtures.newApplicationId(), call, organisationId, "fi");
        form.setUsageStart(usageStart);
        form.setUsageEnd(usageEnd);
        form.setInterimReports(interimReports);
        form.setFinalReportDue(finalReportDue);
        form.setInstalments(PaymentPlan.standard(form.getGrantedAmount(), usageStart, finalReportDue));
        PaymentFixtures.decide(users, decisions, projects, form);
        actAs(users, "admin");
        ProjectSummary project = projects.ofApplication(form.getApplicationId()).orElseThrow();
        SecurityContextHolder.clearContext();
        return project;
    }

    /** Deadlines by their source key. */
    public static Map<String, Deadline> byKey(List<Deadline> deadlines) {
        return deadlines.stream().collect(Collectors.toMap(Deadline::sourceKey, Function.identity()));
    }
}
