package fi.avustus.application.process;

import static fi.avustus.application.process.GrantApplicationProcess.Elements.APPROVE_DECISION;
import static fi.avustus.application.process.GrantApplicationProcess.Elements.ASSESS;
import static fi.avustus.application.process.GrantApplicationProcess.Elements.ASSIGN_REPLACEMENT_REVIEWER;
import static fi.avustus.application.process.GrantApplicationProcess.Elements.CHECK_COMPLETENESS;
import static fi.avustus.application.process.GrantApplicationProcess.Elements.PROPOSE_DECISION;
import static fi.avustus.application.process.GrantApplicationProcess.Variables;

import fi.avustus.application.ApplicationCompleted;
import fi.avustus.application.ApplicationSubmitted;
import fi.avustus.application.ApplicationWithdrawn;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.review.AssessmentForm;
import fi.avustus.review.AssessmentStatus;
import fi.avustus.review.Assessments;
import fi.avustus.review.DecisionForm;
import fi.avustus.review.DecisionStatus;
import fi.avustus.review.DecisionSummary;
import fi.avustus.review.Decisions;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Time;
import fi.avustus.shared.Validator;
import fi.avustus.workflow.TaskInbox;
import fi.avustus.workflow.TaskRaces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grant-application process as the product uses it: started by a submission, moved by the
 * applicant's completion and withdrawal, and by the officials' and decision makers' task forms.
 * Screens call this facade, never the engine's services. Each method runs in one transaction
 * with the case data, so a failure leaves neither half a case nor half a process.
 */
@Service
@Transactional
public class GrantApplicationFlow {

    public static final int DEFAULT_COMPLETION_DAYS = 14;
    static final Duration REMINDER_BEFORE_DEADLINE = Duration.ofDays(3);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Calls calls;
    private final Assessments assessments;
    private final Decisions decisions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TaskInbox inbox;

    GrantApplicationFlow(RuntimeService runtime, TaskService tasks, Calls calls, Assessments assessments,
                         Decisions decisions, CurrentUser currentUser, Clock clock, TaskInbox inbox) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.calls = calls;
        this.assessments = assessments;
        this.decisions = decisions;
        this.currentUser = currentUser;
        this.clock = clock;
        this.inbox = inbox;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        CallSummary call = SystemUser.call(() -> calls.find(submitted.callId()).orElseThrow());
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.APPLICATION_ID, submitted.applicationId());
        variables.put(Variables.CALL_ID, submitted.callId());
        variables.put(Variables.ORGANISATION_ID, submitted.organisationId());
        variables.put(Variables.ASSESS_AFTER_CLOSE, call.assessAfterClose());
        variables.put(Variables.CALL_CLOSES_AT, Date.from(call.openUntil()));
        runtime.startProcessInstanceByKey(GrantApplicationProcess.KEY, String.valueOf(submitted.applicationId()), variables);
    }

    @EventListener
    void on(ApplicationCompleted completed) {
        runtime.createMessageCorrelation(GrantApplicationProcess.Messages.APPLICATION_COMPLETED)
                .processInstanceBusinessKey(String.valueOf(completed.applicationId())).correlate();
    }

    @EventListener
    void on(ApplicationWithdrawn withdrawn) {
        runtime.createMessageCorrelation(GrantApplicationProcess.Messages.APPLICATION_WITHDRAWN)
                .processInstanceBusinessKey(String.valueOf(withdrawn.applicationId())).correlate();
    }

    /** The official's completeness check: either complete with its reviewers, or back for completion. */
    @PreAuthorize("hasRole('OFFICIAL')")
    public void completeCheck(String taskId, CompletenessCheck check) {
        Task task = takeTask(taskId, CHECK_COMPLETENESS);
        Validator validator = new Validator();
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.COMPLETE, check.complete());
        if (check.complete()) {
            List<String> reviewers = check.reviewers() == null ? List.of() : check.reviewers().stream().distinct().toList();
            int needed = SystemUser.call(() -> calls.find(callIdOf(task)).orElseThrow()).reviewersPerApplication();
            validator.check(reviewers.size() == needed, "reviewers", "process.reviewers.count", needed);
            variables.put(Variables.REVIEWERS, reviewers);
        } else {
            validator.requiredText("completionMessage", check.completionMessage(), Validator.TEXT_MAX);
            LocalDate today = LocalDate.now(clock.withZone(Time.HELSINKI));
            LocalDate deadline = check.completionDeadline() == null ? today.plusDays(DEFAULT_COMPLETION_DAYS)
                    : check.completionDeadline();
            validator.check(deadline.isAfter(today), "completionDeadline", "process.completionDeadline.past");
            Instant due = deadline.atTime(LocalTime.of(23, 59)).atZone(Time.HELSINKI).toInstant();
            Instant reminder = due.minus(REMINDER_BEFORE_DEADLINE);
            variables.put(Variables.COMPLETION_MESSAGE, check.completionMessage());
            variables.put(Variables.COMPLETION_DEADLINE, Date.from(due));
            variables.put(Variables.COMPLETION_REMINDER_AT, Date.from(reminder.isBefore(clock.instant()) ? clock.instant() : reminder));
        }
        validator.throwIfInvalid();
        TaskRaces.step(() -> tasks.complete(task.getId(), variables));
    }

    /** A reviewer declares a conflict of interest: they are excluded and an official picks another. */
    @PreAuthorize("hasRole('OFFICIAL')")
    public void declareConflict(String taskId, String reason) {
        Task task = takeTask(taskId, ASSESS);
        assessments.declareConflict(assessmentId(task), reason);
        recordAssessment(task);
    }

    /** A reviewer with no conflict of interest scores the application on the call's criteria. */
    @PreAuthorize("hasRole('OFFICIAL')")
    public void submitAssessment(String taskId, AssessmentForm form) {
        Task task = takeTask(taskId, ASSESS);
        long assessmentId = assessmentId(task);
        long seen = assessments.find(assessmentId).orElseThrow().version();
        long declared = assessments.declareNoConflict(assessmentId).version();
        // Declaring no conflict is part of this same submission, not someone else's edit.
        if (form.getVersion() == seen) {
            form.setVersion(declared);
        }
        assessments.submit(assessmentId, form);
        recordAssessment(task);
    }

    /**
     * The reviewer finished the assessment on its own screen (submitted, or declared a conflict):
     * the task completes accordingly. Refused while the assessment is still open.
     */
    @PreAuthorize("hasRole('OFFICIAL')")
    public void assessmentDone(String taskId) {
        recordAssessment(takeTask(taskId, ASSESS));
    }

    private void recordAssessment(Task task) {
        AssessmentStatus status = assessments.find(assessmentId(task)).orElseThrow().status();
        if (status == AssessmentStatus.ASSIGNED) {
            throw new DomainException("process.assessment.open");
        }
        TaskRaces.step(() -> {
            runtime.setVariableLocal(task.getExecutionId(), Variables.CONFLICT, status == AssessmentStatus.CONFLICT_DECLARED);
            tasks.complete(task.getId());
        });
    }

    /** The official names another reviewer after a conflict of interest. */
    @PreAuthorize("hasRole('OFFICIAL')")
    public void assignReplacement(String taskId, String reviewer) {
        Task task = takeTask(taskId, ASSIGN_REPLACEMENT_REVIEWER);
        new Validator().required("reviewer", reviewer).throwIfInvalid();
        // The element variable of this reviewer's instance of the multi-instance assessment.
        TaskRaces.step(() -> {
            runtime.setVariable(task.getExecutionId(), Variables.REVIEWER, reviewer);
            tasks.complete(task.getId());
        });
    }

    /** The presenter's decision proposal. */
    @PreAuthorize("hasRole('OFFICIAL')")
    public long proposeDecision(String taskId, DecisionForm form) {
        Task task = takeTask(taskId, PROPOSE_DECISION);
        decisions.propose(form);
        return recordProposal(task);
    }

    /** The presenter made the proposal on its own screen: the task completes with it. */
    @PreAuthorize("hasRole('OFFICIAL')")
    public long decisionProposed(String taskId) {
        return recordProposal(takeTask(taskId, PROPOSE_DECISION));
    }

    private long recordProposal(Task task) {
        long applicationId = ((Number) tasks.getVariable(task.getId(), Variables.APPLICATION_ID)).longValue();
        DecisionSummary proposal = decisions.ofApplication(applicationId)
                .filter(decision -> decision.status() == DecisionStatus.PROPOSED)
                .orElseThrow(() -> new DomainException("process.proposal.missing"));
        TaskRaces.step(() -> tasks.complete(task.getId(), Map.of(Variables.DECISION_ID, proposal.id())));
        return proposal.id();
    }

    /** A decision maker other than the presenter approves: the letter is made and the case decided. */
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public void approveDecision(String taskId) {
        Task task = takeTask(taskId, APPROVE_DECISION);
        decisions.approve(decisionIdOf(task));
        recordDecision(task);
    }

    /** The decision maker returns the proposal to the presenter with a comment. */
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public void returnDecision(String taskId, String comment) {
        Task task = takeTask(taskId, APPROVE_DECISION);
        decisions.returnToPresenter(decisionIdOf(task), comment);
        recordDecision(task);
    }

    /** The decision maker approved or returned the proposal on its own screen: the task follows. */
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public void decisionTaken(String taskId) {
        recordDecision(takeTask(taskId, APPROVE_DECISION));
    }

    private void recordDecision(Task task) {
        DecisionSummary decision = decisions.find(decisionIdOf(task)).orElseThrow();
        Map<String, Object> outcome;
        if (decision.status() == DecisionStatus.APPROVED) {
            outcome = Map.of(Variables.APPROVED, true, Variables.POSITIVE, decision.positive());
        } else if (decision.status() == DecisionStatus.RETURNED) {
            outcome = Map.of(Variables.APPROVED, false, Variables.RETURN_COMMENT, decision.returnComment());
        } else {
            throw new DomainException("process.decision.open");
        }
        TaskRaces.step(() -> tasks.complete(task.getId(), outcome));
    }

    private long decisionIdOf(Task task) {
        return ((Number) tasks.getVariable(task.getId(), Variables.DECISION_ID)).longValue();
    }

    /** A task of this process as its screen needs it; refused for users who may not work on it. */
    @PreAuthorize("hasAnyRole('OFFICIAL', 'DECISION_MAKER')")
    @Transactional(readOnly = true)
    public GrantTask task(String taskId) {
        String username = currentUser.requireUsername();
        Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(GrantApplicationProcess.KEY).singleResult();
        if (task == null || (task.getAssignee() != null && !task.getAssignee().equals(username))) {
            throw new DomainException("task.gone");
        }
        Map<String, Object> variables = tasks.getVariables(task.getId());
        return new GrantTask(task.getId(), task.getTaskDefinitionKey(), number(variables.get(Variables.APPLICATION_ID)),
                number(variables.get(Variables.CALL_ID)), number(variables.get(Variables.ORGANISATION_ID)),
                number(variables.get(Variables.ASSESSMENT_ID)), number(variables.get(Variables.DECISION_ID)),
                (String) variables.get(Variables.PRESENTER), (String) variables.get(Variables.RETURN_COMMENT));
    }

    private static Long number(Object value) {
        return value instanceof Number number ? number.longValue() : null;
    }

    /**
     * The task, if it is this process's task at that step and the current user may work on it:
     * an unclaimed task is claimed, a task claimed by someone else is refused.
     */
    private Task takeTask(String taskId, String element) {
        return inbox.take(taskId, GrantApplicationProcess.KEY, element);
    }

    private long callIdOf(Task task) {
        return ((Number) tasks.getVariable(task.getId(), Variables.CALL_ID)).longValue();
    }

    private long assessmentId(Task task) {
        return ((Number) tasks.getVariableLocal(task.getId(), Variables.ASSESSMENT_ID)).longValue();
    }

    /** The outcome of a completeness check. */
    public record CompletenessCheck(boolean complete, List<String> reviewers, String completionMessage,
                                    LocalDate completionDeadline) {
    }
}
