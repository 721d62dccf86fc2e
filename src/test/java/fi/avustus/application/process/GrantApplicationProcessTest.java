package fi.avustus.application.process;

import static fi.avustus.application.process.GrantApplicationProcess.Elements;
import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.ApplicationStatus;
import fi.avustus.application.Applications;
import fi.avustus.application.CompletionReminderDue;
import fi.avustus.application.process.GrantApplicationFlow.CompletenessCheck;
import fi.avustus.notification.UserMessages;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallForm;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.project.Projects;
import fi.avustus.review.AcceptedCostLine;
import fi.avustus.review.AssessmentForm;
import fi.avustus.review.DecisionForm;
import fi.avustus.review.Decisions;
import fi.avustus.review.Instalment;
import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import fi.avustus.security.UserForm;
import fi.avustus.security.Users;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Every path of processes/grant-application.bpmn, driven through the facades as the screens do. */
@IntegrationTest
@RecordApplicationEvents
class GrantApplicationProcessTest {

    private static CallSummary call;

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired GrantApplicationFlow flow;
    @Autowired Applications applications;
    @Autowired UserDetailsService userDetails;
    @Autowired Users users;
    @Autowired Programmes programmes;
    @Autowired Calls calls;
    @Autowired Organisations organisations;
    @Autowired Clock clock;
    @Autowired ApplicationEvents events;
    @Autowired Projects projects;
    @Autowired Decisions decisions;
    @Autowired UserMessages messages;

    private long applicationId;
    private ProcessInstance processInstance;

    @BeforeEach
    void submitAnApplication() {
        AbstractAssertions.init(engine);
        if (call == null) {
            call = ApplicationFixtures.openCall(userDetails, programmes, calls, organisations, clock);
        }
        submitTo(call);
    }

    private void submitTo(CallSummary target) {
        actAs(userDetails, "hakija");
        long gradia = applications.eligibleOrganisations(target.id()).stream()
                .filter(organisation -> organisation.nameFi().contains("Gradia")).findFirst().orElseThrow().id();
        applicationId = applications.startDraft(target.id(), gradia);
        long version = applications.find(applicationId).orElseThrow().content().getVersion();
        applications.saveDraft(applicationId, ApplicationFixtures.completeForm(version));
        applications.submit(applicationId);
        SecurityContextHolder.clearContext();
        processInstance = null;
        assertThat(instance()).as("started by the submission").isNotNull();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void completeAtOnceAssessedAndApproved() {
        assertThat(instance()).isWaitingAt(Elements.CHECK_COMPLETENESS);
        checkComplete();
        assertThat(instance()).isWaitingAt(Elements.CALL_CLOSED);
        closeCall();
        assertThat(instance()).isWaitingAt(Elements.ASSESS);
        assertThat(status()).isEqualTo(ApplicationStatus.IN_ASSESSMENT);
        assess("arvioija1");
        assess("arvioija2");
        assertThat(instance()).isWaitingAt(Elements.PROPOSE_DECISION);
        assertThat(status()).isEqualTo(ApplicationStatus.IN_DECISION);
        propose("virkailija", true);
        approve("paattaja");
        assertThat(instance()).isEnded().hasPassed(Elements.DECIDED);
        assertThat(status()).isEqualTo(ApplicationStatus.APPROVED);
        // The positive decision created the funded project.
        actAs(userDetails, "virkailija");
        assertThat(projects.ofApplication(applicationId)).hasValueSatisfying(project ->
                assertThat(project.grantedAmount()).isEqualByComparingTo("80000.00"));
    }

    @Test
    void onARollingBasisAssessmentStartsWithoutWaitingForTheCallToClose() {
        actAs(userDetails, "admin");
        CallForm rolling = ProgrammeFixtures.completeCall(call.programmeId(), clock, "1000000");
        rolling.setAssessAfterClose(false);
        CallSummary rollingCall = calls.publish(calls.create(rolling).id());
        submitTo(rollingCall);
        checkComplete();
        assertThat(instance()).hasPassed(Elements.CHECK_COMPLETENESS).isWaitingAt(Elements.ASSESS);
        assertThat(instance()).hasNotPassed(Elements.CALL_CLOSED);
    }

    @Test
    void negativeDecisionRejectsTheApplication() {
        checkComplete();
        closeCall();
        assess("arvioija1");
        assess("arvioija2");
        propose("virkailija", false);
        approve("paattaja");
        assertThat(instance()).isEnded().hasPassed(Elements.DECIDED);
        assertThat(status()).isEqualTo(ApplicationStatus.REJECTED);
        actAs(userDetails, "virkailija");
        assertThat(projects.ofApplication(applicationId)).isEmpty();
    }

    @Test
    void completionRequestedAndAnswered() {
        requestCompletion();
        assertThat(instance()).isWaitingAt(Elements.AWAIT_COMPLETION);
        assertThat(status()).isEqualTo(ApplicationStatus.COMPLETION_REQUESTED);
        actAs(userDetails, "hakija");
        assertThat(messages.mine()).anyMatch(message -> message.key().equals("notification.completionRequested")
                && ("applications/" + applicationId).equals(message.link()));
        applications.resubmitAfterCompletion(applicationId);
        SecurityContextHolder.clearContext();
        assertThat(instance()).isWaitingAt(Elements.CHECK_COMPLETENESS);
        assertThat(status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void reminderBeforeAndClosingAfterTheCompletionDeadline() {
        requestCompletion();
        management.executeJob(timer(Elements.COMPLETION_REMINDER_DUE).getId());
        assertThat(instance()).isWaitingAt(Elements.AWAIT_COMPLETION);
        assertThat(events.stream(CompletionReminderDue.class)).anyMatch(due -> due.applicationId() == applicationId);
        actAs(userDetails, "hakija");
        assertThat(messages.mine()).anyMatch(message -> message.key().equals("notification.completionReminder")
                && ("applications/" + applicationId).equals(message.link()));
        SecurityContextHolder.clearContext();
        management.executeJob(timer(Elements.COMPLETION_DEADLINE_PASSED).getId());
        assertThat(instance()).isEnded().hasPassed(Elements.CLOSED_INCOMPLETE);
        assertThat(status()).isEqualTo(ApplicationStatus.CLOSED_INCOMPLETE);
    }

    @Test
    void withdrawnBeforeTheCheck() {
        withdraw();
        assertThat(instance()).isEnded().hasPassed(Elements.WITHDRAWN);
    }

    @Test
    void withdrawnDuringAssessment() {
        checkComplete();
        closeCall();
        assess("arvioija1");
        withdraw();
        assertThat(instance()).isEnded().hasPassed(Elements.WITHDRAWN);
        assertThat(taskService.createTaskQuery().processDefinitionKey(GrantApplicationProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(applicationId)).count()).isZero();
    }

    @Test
    void withdrawnBeforeTheDecision() {
        checkComplete();
        closeCall();
        assess("arvioija1");
        assess("arvioija2");
        propose("virkailija", true);
        withdraw();
        assertThat(instance()).isEnded().hasPassed(Elements.WITHDRAWN);
    }

    @Test
    void returnedByTheDecisionMakerGoesBackToThePresenter() {
        checkComplete();
        closeCall();
        assess("arvioija1");
        assess("arvioija2");
        propose("virkailija", true);
        actAs(userDetails, "paattaja");
        flow.returnDecision(task(Elements.APPROVE_DECISION).getId(), "Perustelut puuttuvat");
        assertThat(instance()).isWaitingAt(Elements.PROPOSE_DECISION);
        propose("virkailija", true);
        approve("paattaja");
        assertThat(instance()).isEnded().hasPassed(Elements.DECIDED);
    }

    @Test
    void thePresenterCannotApproveTheirOwnProposalEvenBypassingTheScreens() {
        checkComplete();
        closeCall();
        assess("arvioija1");
        assess("arvioija2");
        String both = officialAndDecisionMaker();
        propose(both, true);
        actAs(userDetails, both);
        assertThatThrownBy(() -> flow.approveDecision(task(Elements.APPROVE_DECISION).getId()))
                .isInstanceOf(DomainException.class);
        // Straight through the engine's task service: the task listener refuses as well.
        Task approval = task(Elements.APPROVE_DECISION);
        taskService.claim(approval.getId(), both);
        assertThatThrownBy(() -> taskService.complete(approval.getId(),
                java.util.Map.of(GrantApplicationProcess.Variables.APPROVED, true)))
                .hasRootCauseInstanceOf(DomainException.class);
        assertThat(instance()).isWaitingAt(Elements.APPROVE_DECISION);
    }

    @Test
    void conflictOfInterestBringsAnotherReviewer() {
        checkComplete();
        closeCall();
        actAs(userDetails, "arvioija1");
        flow.declareConflict(assessTaskOf("arvioija1").getId(), "Olen hakijan hallituksessa");
        assertThat(instance()).isWaitingAt(Elements.ASSIGN_REPLACEMENT_REVIEWER);
        actAs(userDetails, "virkailija");
        flow.assignReplacement(task(Elements.ASSIGN_REPLACEMENT_REVIEWER).getId(), "virkailija");
        assess("virkailija");
        assess("arvioija2");
        assertThat(instance()).isWaitingAt(Elements.PROPOSE_DECISION);
    }

    private void checkComplete() {
        actAs(userDetails, "virkailija");
        flow.completeCheck(task(Elements.CHECK_COMPLETENESS).getId(),
                new CompletenessCheck(true, List.of("arvioija1", "arvioija2"), null, null));
        SecurityContextHolder.clearContext();
    }

    private void requestCompletion() {
        actAs(userDetails, "virkailija");
        flow.completeCheck(task(Elements.CHECK_COMPLETENESS).getId(), new CompletenessCheck(false, List.of(),
                "Liitä talousarvion erittely.", LocalDate.now(clock).plusDays(14)));
        SecurityContextHolder.clearContext();
    }

    /** The call closes: its timer fires (the job executor is off in tests; the job runs here). */
    private void closeCall() {
        management.executeJob(timer(Elements.CALL_CLOSED).getId());
    }

    private void assess(String reviewer) {
        actAs(userDetails, reviewer);
        AssessmentForm form = new AssessmentForm();
        form.setScores(call.criteria().stream().map(criterion -> 4).toList());
        form.setComment("Hyvin perusteltu hanke.");
        flow.submitAssessment(assessTaskOf(reviewer).getId(), form);
        SecurityContextHolder.clearContext();
    }

    private void propose(String presenter, boolean positive) {
        actAs(userDetails, presenter);
        // A returned proposal is revised from what the presenter reads, so its version is current.
        DecisionForm form = decisions.ofApplication(applicationId).map(DecisionForm::of).orElseGet(DecisionForm::new);
        form.setApplicationId(applicationId);
        form.setCallId(call.id());
        form.setOrganisationId(applications.find(applicationId).orElseThrow().summary().organisationId());
        form.setRequestedAmount(Money.euros("90000"));
        form.setLanguage("fi");
        form.setPositive(positive);
        form.setJustification(positive ? "Hanke vastaa ohjelman tavoitteisiin." : "Hanke ei vastaa haun painopisteitä.");
        if (positive) {
            form.setGrantedAmount(Money.euros("80000"));
            form.setCostLines(List.of(AcceptedCostLine.asApplied("STAFF", 2027, "Koordinaattori", Money.euros("100000")),
                    AcceptedCostLine.asApplied("TRAVEL", 2027, "Matkat", Money.euros("20000"))));
            form.setUsageStart(LocalDate.now(clock));
            form.setUsageEnd(LocalDate.now(clock).plusYears(1));
            form.setFinalReportDue(LocalDate.now(clock).plusYears(1).plusMonths(2));
            form.setConditions("Valtionavustuslain 688/2001 ehdot");
            form.setInstalments(List.of(new Instalment(LocalDate.now(clock), new BigDecimal("80000.00"))));
        }
        flow.proposeDecision(task(Elements.PROPOSE_DECISION).getId(), form);
        SecurityContextHolder.clearContext();
    }

    private void approve(String decisionMaker) {
        actAs(userDetails, decisionMaker);
        flow.approveDecision(task(Elements.APPROVE_DECISION).getId());
        SecurityContextHolder.clearContext();
    }

    private void withdraw() {
        actAs(userDetails, "hakija");
        applications.withdraw(applicationId, "Hanke toteutetaan muulla rahoituksella");
        SecurityContextHolder.clearContext();
    }

    private String officialAndDecisionMaker() {
        String username = "kaksoisrooli";
        if (SystemUser.call(() -> users.find(username)).isEmpty()) {
            SystemUser.run(() -> {
                UserForm form = new UserForm();
                form.setUsername(username);
                form.setDisplayName("Kaksi Roolia");
                form.setPassword("long-enough-1");
                form.setRoles(EnumSet.of(Role.OFFICIAL, Role.DECISION_MAKER));
                long opetushallitus = organisations.search("Opetushallitus", false, Pageable.ofSize(1)).getContent().get(0).id();
                form.setOrganisationIds(java.util.Set.of(opetushallitus));
                users.create(form);
            });
        }
        return username;
    }

    /** Assertions re-read the instance's state by id, so the instance seen at submission serves to the end. */
    private ProcessInstance instance() {
        if (processInstance == null) {
            processInstance = runtime.createProcessInstanceQuery().processDefinitionKey(GrantApplicationProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(applicationId)).singleResult();
        }
        return processInstance;
    }

    private ApplicationStatus status() {
        return SystemUser.call(() -> applications.find(applicationId).orElseThrow().summary().status());
    }

    private Task task(String element) {
        return taskService.createTaskQuery().processDefinitionKey(GrantApplicationProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(applicationId))
                .taskDefinitionKey(element).singleResult();
    }

    private Task assessTaskOf(String reviewer) {
        return taskService.createTaskQuery().processDefinitionKey(GrantApplicationProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(applicationId))
                .taskDefinitionKey(Elements.ASSESS).taskAssignee(reviewer).singleResult();
    }

    private Job timer(String element) {
        String processInstanceId = instance().getId();
        return management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(element).singleResult();
    }
}
