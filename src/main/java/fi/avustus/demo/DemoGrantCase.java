package fi.avustus.demo;

import fi.avustus.application.Activity;
import fi.avustus.application.ApplicationDetails;
import fi.avustus.application.ApplicationForm;
import fi.avustus.application.Applications;
import fi.avustus.application.BudgetCategory;
import fi.avustus.application.BudgetLine;
import fi.avustus.application.BudgetTotals;
import fi.avustus.application.process.GrantApplicationFlow;
import fi.avustus.application.process.GrantApplicationFlow.CompletenessCheck;
import fi.avustus.application.process.GrantApplicationProcess;
import fi.avustus.application.process.GrantApplicationProcess.Elements;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.project.Projects;
import fi.avustus.review.AcceptedCostLine;
import fi.avustus.review.AssessmentForm;
import fi.avustus.review.DecisionForm;
import fi.avustus.review.PaymentPlan;
import fi.avustus.security.UserSummary;
import fi.avustus.security.Users;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * A demo project's way to its decision, as people take it on their screens: the applicant
 * drafts and submits the application while the call is open, an official finds it complete and
 * names the reviewers, each reviewer assesses it, the official proposes the decision and the
 * decision maker approves it. The approval writes the letter and creates the funded project,
 * whose reporting process starts with it.
 */
@Component
class DemoGrantCase {

    static final String OFFICIAL = "virkailija";
    static final String DECISION_MAKER = "paattaja";

    private final Applications applications;
    private final GrantApplicationFlow flow;
    private final Projects projects;
    private final Users users;
    private final DemoActors actors;

    DemoGrantCase(Applications applications, GrantApplicationFlow flow, Projects projects, Users users,
                  DemoActors actors) {
        this.applications = applications;
        this.flow = flow;
        this.projects = projects;
        this.users = users;
        this.actors = actors;
    }

    /**
     * Takes the project's application from draft to a positive decision.
     *
     * @param organisationName the applicant organisation's Finnish name
     * @return the id of the funded project
     */
    long decide(DemoData.FundedProject project, long callId, String organisationName, LocalDate today) {
        LocalDate usageStart = today.plusDays(project.decision().usageStartDays());
        long applicationId = submit(project, callId, organisationName, usageStart);
        actors.as(OFFICIAL, () -> flow.completeCheck(task(OFFICIAL, Elements.CHECK_COMPLETENESS, applicationId),
                new CompletenessCheck(true, project.reviews().stream().map(DemoData.Review::reviewer).toList(), null, null)));
        for (DemoData.Review review : project.reviews()) {
            AssessmentForm assessment = new AssessmentForm();
            assessment.setScores(review.scores());
            assessment.setComment(review.comment());
            actors.as(review.reviewer(), () -> flow.submitAssessment(task(review.reviewer(), Elements.ASSESS, applicationId),
                    assessment));
        }
        DecisionForm proposal = proposal(project, applicationId, callId, today);
        actors.as(OFFICIAL, () -> flow.proposeDecision(task(OFFICIAL, Elements.PROPOSE_DECISION, applicationId), proposal));
        actors.as(DECISION_MAKER, () -> flow.approveDecision(task(DECISION_MAKER, Elements.APPROVE_DECISION, applicationId)));
        return actors.as(OFFICIAL, () -> projects.ofApplication(applicationId).orElseThrow().id());
    }

    /** The applicant's part: a draft for their organisation, saved complete and submitted. */
    private long submit(DemoData.FundedProject project, long callId, String organisationName, LocalDate usageStart) {
        UserSummary applicant = users.find(project.applicant()).orElseThrow();
        return actors.as(project.applicant(), () -> {
            long organisationId = applications.eligibleOrganisations(callId).stream()
                    .filter(organisation -> organisation.nameFi().equals(organisationName))
                    .map(OrganisationSummary::id).findFirst()
                    .orElseThrow(() -> new IllegalStateException(project.applicant() + " may not apply for " + organisationName));
            long id = applications.startDraft(callId, organisationId);
            applications.saveDraft(id, application(project.application(), applicant, usageStart,
                    applications.find(id).orElseThrow().content().getVersion()));
            applications.submit(id);
            return id;
        });
    }

    /** The plan as the applicant types it, its contact person the applicant themself. */
    private static ApplicationForm application(DemoData.Plan plan, UserSummary applicant, LocalDate usageStart, long version) {
        ApplicationForm form = new ApplicationForm();
        form.setProjectName(plan.projectName());
        form.setSummary(plan.summary());
        form.setContactName(applicant.displayName());
        form.setContactEmail(applicant.email());
        form.setSelfFinancing(new BigDecimal(plan.selfFinancing()));
        form.setObjectives(plan.objectives());
        form.setActivities(plan.activities().stream().map(activity -> new Activity(activity.title(), activity.description(),
                usageStart.plusMonths(activity.fromMonth()), usageStart.plusMonths(activity.toMonth()))).toList());
        form.setBudgetLines(plan.budget().stream().map(cost -> new BudgetLine(BudgetCategory.valueOf(cost.category()),
                usageStart.getYear() + cost.year(), cost.description(), new BigDecimal(cost.amount()))).toList());
        form.setVersion(version);
        return form;
    }

    /**
     * The presenter's proposal as the proposal screen fills it: the application's lines as applied
     * for (some cut), the letter in Swedish for an applicant who uses the service in Swedish, and
     * the customary payment plan for the granted sum.
     */
    private DecisionForm proposal(DemoData.FundedProject project, long applicationId, long callId, LocalDate today) {
        DemoData.Grant grant = project.decision();
        ApplicationDetails details = actors.as(OFFICIAL, () -> applications.find(applicationId).orElseThrow());
        ApplicationForm application = details.content();
        DecisionForm form = new DecisionForm();
        form.setApplicationId(applicationId);
        form.setCallId(callId);
        form.setOrganisationId(details.summary().organisationId());
        form.setRequestedAmount(BudgetTotals.of(application.getBudgetLines(), application.getSelfFinancing(),
                application.getPartners()).requested());
        form.setLanguage(users.find(project.applicant()).map(UserSummary::locale).filter("sv"::equals).orElse("fi"));
        form.setPositive(true);
        form.setGrantedAmount(new BigDecimal(grant.granted()));
        form.setCostLines(costLines(project.application().budget(), application.getBudgetLines()));
        form.setUsageStart(today.plusDays(grant.usageStartDays()));
        form.setUsageEnd(today.plusDays(grant.usageEndDays()));
        form.setInterimReports(grant.interimReportDays().stream().map(today::plusDays).toList());
        form.setFinalReportDue(today.plusDays(grant.finalReportDays()));
        form.setConditions(grant.conditions());
        form.setReportingDuties(grant.reportingDuties());
        form.setInstalments(PaymentPlan.standard(form.getGrantedAmount(), form.getUsageStart(), form.getFinalReportDue()));
        form.setJustification(grant.justification());
        return form;
    }

    private static List<AcceptedCostLine> costLines(List<DemoData.PlannedCost> planned, List<BudgetLine> applied) {
        return IntStream.range(0, applied.size()).mapToObj(i -> {
            BudgetLine line = applied.get(i);
            AcceptedCostLine asApplied = AcceptedCostLine.asApplied(line.category().name(), line.year(), line.description(),
                    line.amount());
            DemoData.PlannedCost cost = planned.get(i);
            return cost.accepted() == null ? asApplied : asApplied.withAccepted(new BigDecimal(cost.accepted()), cost.note());
        }).toList();
    }

    private String task(String username, String element, long applicationId) {
        return actors.task(username, GrantApplicationProcess.KEY, element, applicationId);
    }
}
