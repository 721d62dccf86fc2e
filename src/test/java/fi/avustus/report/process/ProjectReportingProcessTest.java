package fi.avustus.report.process;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static fi.avustus.report.process.ProjectReportingProcess.Elements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.deadline.Deadline;
import fi.avustus.deadline.DeadlineQuery;
import fi.avustus.deadline.DeadlineStatus;
import fi.avustus.deadline.DeadlineType;
import fi.avustus.deadline.Deadlines;
import fi.avustus.payment.PaymentFixtures;
import fi.avustus.payment.PaymentStatus;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.Payments;
import fi.avustus.programme.CallSummary;
import fi.avustus.project.Projects;
import fi.avustus.project.ProjectStatus;
import fi.avustus.recovery.ClaimSummary;
import fi.avustus.recovery.Recoveries;
import fi.avustus.report.AuditReason;
import fi.avustus.report.AuditResult;
import fi.avustus.report.AuditSampling;
import fi.avustus.report.AuditSummary;
import fi.avustus.report.Audits;
import fi.avustus.report.ReportFixtures;
import fi.avustus.report.ReportKind;
import fi.avustus.report.ReportOverdue;
import fi.avustus.report.ReportReminderDue;
import fi.avustus.report.ReportReturned;
import fi.avustus.report.ReportStatus;
import fi.avustus.report.ReportSummary;
import fi.avustus.report.Reports;
import fi.avustus.review.DecisionForm;
import fi.avustus.review.Decisions;
import fi.avustus.review.Instalment;
import fi.avustus.review.ReviewFixtures;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import fi.avustus.shared.ValidationFailedException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every path of processes/project-reporting.bpmn, driven through the facades as the screens do:
 * the decision of {@link ReviewFixtures#proposal} (usage 1.8.2026–31.7.2027, an interim report
 * due 31.1.2027, the final report due 30.9.2027, 60 % advance and 40 % after the final report).
 */
@IntegrationTest
@RecordApplicationEvents
class ProjectReportingProcessTest {

    private static final LocalDate USAGE_START = LocalDate.of(2026, 8, 1);
    private static final LocalDate USAGE_END = LocalDate.of(2027, 7, 31);

    private static CallSummary call;

    @Autowired ApplicationContext context;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired ReportingFlow flow;
    @Autowired Reports reports;
    @Autowired Payments payments;
    @Autowired Decisions decisions;
    @Autowired Projects projects;
    @Autowired UserDetailsService userDetails;
    @Autowired Recoveries recoveries;
    @Autowired Audits audits;
    @Autowired JdbcTemplate jdbc;
    @Autowired Deadlines deadlines;
    @Autowired ApplicationEvents events;

    private long projectId;
    private DecisionForm proposal;

    @BeforeEach
    void aFundedProject() {
        AbstractAssertions.init(engine);
        ReviewFixtures fixtures = new ReviewFixtures(context);
        if (call == null) {
            call = fixtures.call();
        }
        proposal = ReviewFixtures.proposal(ReviewFixtures.newApplicationId(), call, fixtures.organisationOf("hakija"), "fi");
    }

    private void decide() {
        projectId = PaymentFixtures.decide(userDetails, decisions, projects, proposal);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void reportsOnTimeAcceptedCheckedAndTheFinalInstalmentPaysTheRest() {
        decide();
        assertThat(instance()).isWaitingAt(Elements.APPROVE_FIRST_INSTALMENT);
        approveInstalment(1);
        assertThat(instance()).isWaitingAt(Elements.SUBMIT_REPORT);
        ReportSummary interim = current();
        assertThat(interim.kind()).isEqualTo(ReportKind.INTERIM);
        assertThat(interim.dueDate()).isEqualTo(LocalDate.of(2027, 1, 31));
        // The applicant's task is due by the end of the report's due day, which orders the inbox.
        assertThat(task(Elements.SUBMIT_REPORT).getDueDate().toInstant())
                .isEqualTo(LocalDate.of(2027, 1, 31).atTime(23, 59).atZone(Time.HELSINKI).toInstant());

        submit(interim, USAGE_START, LocalDate.of(2026, 12, 31), "0.4");
        assertThat(instance()).isWaitingAt(Elements.REVIEW_REPORT);
        actAs(userDetails, "virkailija");
        flow.review(task(Elements.REVIEW_REPORT).getId(), true, null, null);
        assertThat(reports.find(interim.id()).orElseThrow().status()).isEqualTo(ReportStatus.ACCEPTED);

        // The last instalment of the plan waits for the final report.
        assertThat(instance()).isWaitingAt(Elements.SUBMIT_REPORT);
        ReportSummary finalReport = current();
        assertThat(finalReport.kind()).isEqualTo(ReportKind.FINAL);
        submit(finalReport, LocalDate.of(2027, 1, 1), USAGE_END, "0.5");
        assertThat(instance()).isWaitingAt(Elements.CHECK_CONTENT, Elements.CHECK_FINANCES);
        passChecks("40500");
        actAs(userDetails, "virkailija");
        assertThat(reports.find(finalReport.id()).orElseThrow().status()).isEqualTo(ReportStatus.ACCEPTED);

        // 40 500 € accepted of the 40 000 € grant, 24 000 € approved: the last 16 000 € remain to pay.
        assertThat(instance()).isWaitingAt(Elements.APPROVE_FINAL_INSTALMENT);
        actAs(userDetails, "virkailija");
        assertThat(payments.ofProject(projectId).get(1).amount()).isEqualByComparingTo("16000.00");
        ProcessInstance running = instance();
        approveInstalment(2);
        assertThat(running).isEnded().hasPassed(Elements.PROJECT_CLOSED);
        actAs(userDetails, "virkailija");
        assertThat(projects.find(projectId).orElseThrow().status()).isEqualTo(ProjectStatus.CLOSED);
    }

    @Test
    void unusedFundsAboveTheThresholdAreReclaimedAndTheProjectClosesWhenTheClaimIsPaid() {
        decide();
        PaymentFixtures.pay(userDetails, payments, jdbc, projectId, USAGE_START.plusDays(2));
        finalReportSubmitted("0.1", "0.1");
        passChecks("4500");

        // 24 000 € paid, 4 500 € accepted: 19 500 € back with interest; the second instalment is cancelled.
        assertThat(instance()).isWaitingAt(Elements.AWAIT_RECOVERY);
        actAs(userDetails, "admin");
        assertThat(payments.ofProject(projectId).get(1).status()).isEqualTo(PaymentStatus.CANCELLED);
        ClaimSummary claim = recoveries.ofProject(projectId).get(0);
        assertThat(claim.principal()).isEqualByComparingTo("19500.00");
        assertThat(recoveryDeadline(claim).status()).isEqualTo(DeadlineStatus.OPEN);
        ProcessInstance running = instance();
        recoveries.markPaid(claim.id(), claim.outstanding(), claim.version());
        assertThat(running).isEnded().hasPassed(Elements.PROJECT_CLOSED);
        assertThat(recoveryDeadline(claim).status()).isEqualTo(DeadlineStatus.DONE);
    }

    @Test
    void unusedFundsAtOrBelowTheThresholdAreNotReclaimed() {
        decide();
        PaymentFixtures.pay(userDetails, payments, jdbc, projectId, USAGE_START.plusDays(2));
        finalReportSubmitted("0.4", "0.5");
        // 24 000 € paid, 23 950 € accepted: 50 € unused, under the programme's 100 € threshold.
        ProcessInstance running = instance();
        passChecks("23950");

        assertThat(running).isEnded().hasPassed(Elements.PROJECT_CLOSED).hasNotPassed(Elements.AWAIT_RECOVERY,
                Elements.APPROVE_FINAL_INSTALMENT);
        actAs(userDetails, "admin");
        assertThat(recoveries.ofProject(projectId)).isEmpty();
        assertThat(recoveries.settlementOf(projectId)).hasValueSatisfying(settlement -> {
            assertThat(settlement.unused()).isEqualByComparingTo("50.00");
            assertThat(settlement.reclaimed()).isFalse();
        });
        assertThat(payments.ofProject(projectId).get(1).status()).isEqualTo(PaymentStatus.CANCELLED);
    }

    @Test
    void aFinalReportPickedForAuditWaitsForItsResultAndIneligibleCostsReduceTheSettlement() {
        decide();
        approveInstalment(1);
        ReportSummary finalReport = finalReportSubmitted("0.4", "0.5");

        actAs(userDetails, "admin");
        assertThat(audits.sample(new AuditSampling(call.programmeId(), 100, null, null, null)))
                .anyMatch(audit -> audit.reportId() == finalReport.id() && audit.reason() == AuditReason.RANDOM);
        passChecks("40500");
        assertThat(instance()).isWaitingAt(Elements.AWAIT_AUDIT);

        actAs(userDetails, "admin");
        AuditSummary audit = audits.ofProgramme(call.programmeId()).stream()
                .filter(candidate -> candidate.reportId() == finalReport.id()).findFirst().orElseThrow();
        assertThatThrownBy(() -> audits.record(audit.id(), AuditResult.FINDINGS, Money.euros("1000"), " ", audit.version()))
                .isInstanceOf(ValidationFailedException.class);
        audits.record(audit.id(), AuditResult.FINDINGS, Money.euros("1000"), "Laitehankinta ei ollut tukikelpoinen.",
                audit.version());

        // 40 500 € less 1 000 € found ineligible leaves 39 500 €: 15 500 € after the approved 24 000 €.
        assertThat(instance()).isWaitingAt(Elements.APPROVE_FINAL_INSTALMENT);
        actAs(userDetails, "virkailija");
        assertThat(payments.ofProject(projectId).get(1).amount()).isEqualByComparingTo("15500.00");
    }

    @Test
    void remindersAtEachOffsetThenEscalation() {
        decide();
        approveInstalment(1);
        ReportSummary interim = current();
        // The programme's defaults: 30 and 7 days before, at 9 in the morning in Helsinki.
        assertThat(timer(Elements.REMINDER_DUE).getDuedate().toInstant())
                .isEqualTo(morning(LocalDate.of(2027, 1, 1)));
        management.executeJob(timer(Elements.REMINDER_DUE).getId());
        assertThat(timer(Elements.REMINDER_DUE).getDuedate().toInstant())
                .isEqualTo(morning(LocalDate.of(2027, 1, 24)));
        management.executeJob(timer(Elements.REMINDER_DUE).getId());
        assertThat(events.stream(ReportReminderDue.class).filter(reminder -> reminder.reportId() == interim.id())
                .map(ReportReminderDue::daysLeft)).containsExactly(30L, 7L);

        // No reminder left: the escalation 7 days after the due date.
        assertThat(timer(Elements.REMINDER_DUE)).isNull();
        assertThat(timer(Elements.OVERDUE).getDuedate().toInstant()).isEqualTo(morning(LocalDate.of(2027, 2, 7)));
        management.executeJob(timer(Elements.OVERDUE).getId());
        assertThat(events.stream(ReportOverdue.class).filter(overdue -> overdue.reportId() == interim.id())).hasSize(1);
        assertThat(instance()).isWaitingAt(Elements.SUBMIT_REPORT);

        // Submitting ends the waiting, and with it the timers.
        submit(interim, USAGE_START, LocalDate.of(2026, 12, 31), "0.4");
        assertThat(instance()).isWaitingAt(Elements.REVIEW_REPORT);
        assertThat(management.createJobQuery().processInstanceId(instance().getId()).timers().count()).isZero();
    }

    @Test
    void anExtensionMovesTheReportsDueDatesAndThePendingTimers() {
        decide();
        approveInstalment(1);
        ReportSummary interim = current();
        assertThat(timer(Elements.REMINDER_DUE).getDuedate().toInstant()).isEqualTo(morning(LocalDate.of(2027, 1, 1)));

        // What an accepted change request does: the usage period ends three months later.
        SystemUser.run(() -> projects.extendUsage(projectId, USAGE_END.plusMonths(3)));

        LocalDate movedDue = interim.dueDate().plusDays(92);
        actAs(userDetails, "virkailija");
        assertThat(reports.find(interim.id()).orElseThrow().dueDate()).isEqualTo(movedDue);
        assertThat(reports.ofProject(projectId).get(1).dueDate()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(timer(Elements.REMINDER_DUE).getDuedate().toInstant()).isEqualTo(morning(movedDue.minusDays(30)));
        assertThat(task(Elements.SUBMIT_REPORT).getDueDate().toInstant())
                .isEqualTo(movedDue.atTime(23, 59).atZone(Time.HELSINKI).toInstant());
        management.executeJob(timer(Elements.REMINDER_DUE).getId());
        assertThat(timer(Elements.REMINDER_DUE).getDuedate().toInstant()).isEqualTo(morning(movedDue.minusDays(7)));
        management.executeJob(timer(Elements.REMINDER_DUE).getId());
        assertThat(timer(Elements.OVERDUE).getDuedate().toInstant()).isEqualTo(morning(movedDue.plusDays(7)));
    }

    @Test
    void aReturnedReportIsWrittenAgainWithNewTimers() {
        decide();
        approveInstalment(1);
        ReportSummary interim = current();
        submit(interim, USAGE_START, LocalDate.of(2026, 12, 31), "0.4");
        actAs(userDetails, "virkailija");
        String review = task(Elements.REVIEW_REPORT).getId();
        assertThatThrownBy(() -> flow.review(review, false, " ", null)).isInstanceOf(ValidationFailedException.class);
        LocalDate completionDue = LocalDate.of(2027, 3, 15);
        flow.review(review, false, "Kustannuserittely puuttuu.", completionDue);

        assertThat(instance()).isWaitingAt(Elements.SUBMIT_REPORT);
        ReportSummary returned = reports.find(interim.id()).orElseThrow();
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.dueDate()).isEqualTo(completionDue);
        assertThat(returned.returnComment()).isEqualTo("Kustannuserittely puuttuu.");
        assertThat(events.stream(ReportReturned.class).filter(event -> event.reportId() == interim.id())).hasSize(1);
        assertThat(timer(Elements.REMINDER_DUE).getDuedate().toInstant()).isEqualTo(morning(LocalDate.of(2027, 2, 13)));

        submit(returned, USAGE_START, LocalDate.of(2026, 12, 31), "0.4");
        assertThat(instance()).isWaitingAt(Elements.REVIEW_REPORT);
    }

    @Test
    void aFinalReportFailingACheckGoesBackAfterBothChecks() {
        decide();
        approveInstalment(1);
        ReportSummary finalReport = finalReportSubmitted("0.4", "0.5");

        actAs(userDetails, "virkailija");
        flow.checkContent(task(Elements.CHECK_CONTENT).getId(), false, "Tulokset puuttuvat.", null);
        // The report waits for the other check before it goes back.
        assertThat(instance()).isWaitingAt(Elements.CHECK_FINANCES);
        assertThat(reports.find(finalReport.id()).orElseThrow().status()).isEqualTo(ReportStatus.SUBMITTED);
        flow.checkFinances(task(Elements.CHECK_FINANCES).getId(), true, Money.euros("40500"), null, null);

        assertThat(instance()).isWaitingAt(Elements.SUBMIT_REPORT);
        ReportSummary returned = reports.find(finalReport.id()).orElseThrow();
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.returnComment()).isEqualTo("Tulokset puuttuvat.");
        assertThat(returned.acceptedCosts()).as("the next round checks again").isNull();
    }

    @Test
    void anAcceptedInterimReportReleasesTheNextInstalmentOfThePlan() {
        proposal.setInstalments(List.of(new Instalment(USAGE_START, Money.euros("16000")),
                new Instalment(LocalDate.of(2027, 2, 28), Money.euros("16000")),
                new Instalment(LocalDate.of(2027, 9, 30), Money.euros("8000"))));
        decide();
        approveInstalment(1);
        submit(current(), USAGE_START, LocalDate.of(2026, 12, 31), "0.4");
        actAs(userDetails, "virkailija");
        flow.review(task(Elements.REVIEW_REPORT).getId(), true, null, null);

        assertThat(instance()).isWaitingAt(Elements.APPROVE_INSTALMENT);
        approveInstalment(2);
        assertThat(instance()).isWaitingAt(Elements.SUBMIT_REPORT);
        assertThat(current().kind()).isEqualTo(ReportKind.FINAL);
    }

    @Test
    void costsOutsideTheUsagePeriodOrOverTheBudgetAreRefused() {
        decide();
        approveInstalment(1);
        ReportSummary interim = current();
        actAs(userDetails, "hakija");
        assertThatThrownBy(() -> reports.submit(interim.id(), ReportFixtures.complete(interim,
                USAGE_START.minusDays(1), LocalDate.of(2026, 12, 31), "0.4"), interim.version()))
                .isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> reports.submit(interim.id(), ReportFixtures.complete(interim,
                USAGE_START, LocalDate.of(2026, 12, 31), "1.01"), interim.version()))
                .isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> reports.save(interim.id(), ReportFixtures.complete(interim,
                USAGE_START, LocalDate.of(2026, 12, 31), "-0.1"), interim.version()))
                .isInstanceOf(ValidationFailedException.class);
        ReportSummary unchanged = reports.find(interim.id()).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(ReportStatus.DUE);
        assertThat(unchanged.version()).isEqualTo(interim.version());
        assertThat(instance()).isWaitingAt(Elements.SUBMIT_REPORT);
    }

    /**
     * The interim report submitted and accepted, then the final report submitted, each spending
     * the given share of every budget line.
     */
    private ReportSummary finalReportSubmitted(String interimShare, String finalShare) {
        submit(current(), USAGE_START, LocalDate.of(2026, 12, 31), interimShare);
        actAs(userDetails, "virkailija");
        flow.review(task(Elements.REVIEW_REPORT).getId(), true, null, null);
        ReportSummary finalReport = current();
        submit(finalReport, LocalDate.of(2027, 1, 1), USAGE_END, finalShare);
        return finalReport;
    }

    /** The claim in the deadline registry, as the project organisation's applicant sees it. */
    private Deadline recoveryDeadline(ClaimSummary claim) {
        actAs(userDetails, "hakija");
        Deadline deadline = deadlines.find(DeadlineQuery.all().inProgramme(call.programmeId())
                .ofTypes(Set.of(DeadlineType.RECOVERY_CLAIM))).stream()
                .filter(candidate -> candidate.sourceKey().equals("recovery:" + claim.id())).findFirst().orElseThrow();
        actAs(userDetails, "admin");
        return deadline;
    }

    private void passChecks(String acceptedCosts) {
        actAs(userDetails, "virkailija");
        flow.checkContent(task(Elements.CHECK_CONTENT).getId(), true, null, null);
        BigDecimal accepted = Money.euros(acceptedCosts);
        String reason = accepted.compareTo(reports.reportedSpent(projectId)) == 0 ? null : "Osa kuluista ei tukikelpoisia.";
        flow.checkFinances(task(Elements.CHECK_FINANCES).getId(), true, accepted, reason, null);
        SecurityContextHolder.clearContext();
    }

    private void approveInstalment(int sequence) {
        actAs(userDetails, "virkailija");
        PaymentSummary instalment = payments.ofProject(projectId).stream()
                .filter(candidate -> candidate.sequence() == sequence).findFirst().orElseThrow();
        assertThat(instalment.status()).isEqualTo(PaymentStatus.PLANNED);
        payments.approve(instalment.id(), instalment.version());
        SecurityContextHolder.clearContext();
    }

    private void submit(ReportSummary report, LocalDate from, LocalDate to, String share) {
        actAs(userDetails, "hakija");
        ReportSummary latest = reports.find(report.id()).orElseThrow();
        reports.submit(latest.id(), ReportFixtures.complete(latest, from, to, share), latest.version());
        SecurityContextHolder.clearContext();
    }

    /** The report the process waits for now. */
    private ReportSummary current() {
        long reportId = ((Number) taskService.getVariable(task(Elements.SUBMIT_REPORT).getId(),
                ProjectReportingProcess.Variables.REPORT_ID)).longValue();
        actAs(userDetails, "virkailija");
        ReportSummary report = reports.find(reportId).orElseThrow();
        SecurityContextHolder.clearContext();
        return report;
    }

    private ProcessInstance instance() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProjectReportingProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(projectId)).singleResult();
    }

    private Task task(String element) {
        return taskService.createTaskQuery().processInstanceId(instance().getId()).taskDefinitionKey(element).singleResult();
    }

    private Job timer(String element) {
        return management.createJobQuery().processInstanceId(instance().getId()).timers().activityId(element).singleResult();
    }

    private static java.time.Instant morning(LocalDate day) {
        return day.atTime(LocalTime.of(9, 0)).atZone(Time.HELSINKI).toInstant();
    }
}
