package fi.avustus.changerequest;

import fi.avustus.changerequest.ChangeRequestProcess.Elements;
import fi.avustus.changerequest.ChangeRequestProcess.Variables;
import fi.avustus.changerequest.internal.ChangeRequest;
import fi.avustus.changerequest.internal.ChangeRequestRepository;
import fi.avustus.changerequest.internal.ChangeRules;
import fi.avustus.project.ProjectChangeRules;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.security.CurrentUser;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Time;
import fi.avustus.shared.Validator;
import fi.avustus.workflow.TaskInbox;
import fi.avustus.workflow.TaskRaces;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change-request process as the product uses it: a filed request that needs a decision starts
 * it; the official's decision completes the "decide" task, after which the process applies an
 * accepted change and issues the letter. Screens call this facade, never the engine's services;
 * the decision, the project's change and the letter commit together or not at all.
 */
@Service
@Transactional
public class ChangeRequestFlow {

    private static final Set<ChangeRequestStatus> OUTCOMES = Set.of(ChangeRequestStatus.ACCEPTED,
            ChangeRequestStatus.ACCEPTED_WITH_CHANGES, ChangeRequestStatus.REJECTED);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ChangeRequestRepository repository;
    private final Projects projects;
    private final CurrentUser currentUser;
    private final TaskInbox inbox;
    private final Clock clock;

    ChangeRequestFlow(RuntimeService runtime, TaskService tasks, ChangeRequestRepository repository, Projects projects,
                      CurrentUser currentUser, TaskInbox inbox, Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.repository = repository;
        this.projects = projects;
        this.currentUser = currentUser;
        this.inbox = inbox;
        this.clock = clock;
    }

    @EventListener
    void on(ChangeRequestFiled filed) {
        if (filed.automatic()) {
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CHANGE_REQUEST_ID, filed.changeRequestId());
        variables.put(Variables.PROJECT_ID, filed.projectId());
        variables.put(Variables.KIND, filed.kind().name());
        variables.put(Variables.CALL_ID, filed.callId());
        variables.put(Variables.ORGANISATION_ID, filed.organisationId());
        runtime.startProcessInstanceByKey(ChangeRequestProcess.KEY, String.valueOf(filed.changeRequestId()), variables);
    }

    /** The task for its screen, if it waits for the officials or is the current user's own. */
    @PreAuthorize("hasRole('OFFICIAL')")
    @Transactional(readOnly = true)
    public ChangeRequestTask task(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(ChangeRequestProcess.KEY)
                .taskDefinitionKey(Elements.DECIDE).singleResult();
        if (task == null || (task.getAssignee() != null && !task.getAssignee().equals(currentUser.requireUsername()))) {
            throw new DomainException("task.gone");
        }
        return new ChangeRequestTask(task.getId(), changeRequestId(task), task.getAssignee());
    }

    /**
     * The official's decision. Accepting checks the change against the project as it is now (it
     * may have changed since the request was filed); accepting with changes needs values that
     * differ from those asked for and pass the same rules. A closed project can only be refused.
     */
    @PreAuthorize("hasRole('OFFICIAL')")
    public ChangeRequestSummary decide(String taskId, ChangeDecision decision) {
        Task task = takeTask(taskId);
        ChangeRequest request = repository.findById(changeRequestId(task)).orElseThrow(() -> new DomainException("task.gone"));
        ProjectSummary project = projects.find(request.getProjectId()).orElseThrow();
        Validator validator = new Validator().requiredText(Variables.DECISION_JUSTIFICATION, decision.justification(),
                Validator.TEXT_MAX);
        validator.check(decision.outcome() != null && OUTCOMES.contains(decision.outcome()), Variables.OUTCOME, "changerequest.decision.outcome");
        validator.throwIfInvalid();
        List<BigDecimal> requestedAmounts = request.getLines().stream().map(ChangeLine::requested).toList();
        LocalDate usageEnd = request.getRequestedUsageEnd();
        List<BigDecimal> amounts = requestedAmounts;
        if (decision.outcome() == ChangeRequestStatus.ACCEPTED_WITH_CHANGES) {
            usageEnd = decision.newUsageEnd();
            amounts = decision.amounts();
            boolean changed = request.getKind() == ChangeRequestKind.EXTENSION ? !Objects.equals(usageEnd, request.getRequestedUsageEnd())
                    : !sameAmounts(amounts, requestedAmounts);
            validator.check(changed, request.getKind() == ChangeRequestKind.EXTENSION ? ProjectChangeRules.NEW_USAGE_END
                    : ProjectChangeRules.BUDGET_LINES, "changerequest.decision.unchanged");
        }
        if (decision.outcome().accepted()) {
            ProjectChangeRules.requireOpen(project);
            ChangeRules.change(project, request.getKind(), usageEnd, amounts, LocalDate.now(clock.withZone(Time.HELSINKI)),
                    validator);
        }
        validator.throwIfInvalid();
        request.decide(decision.outcome(), usageEnd, amounts, decision.justification(), currentUser.requireUsername(),
                clock.instant());
        repository.saveAndFlush(request);
        TaskRaces.step(() -> tasks.complete(task.getId(), Map.of(Variables.OUTCOME, decision.outcome().name(),
                Variables.DECISION_JUSTIFICATION, decision.justification().strip())));
        return repository.findById(request.getId()).orElseThrow().summary();
    }

    private static boolean sameAmounts(List<BigDecimal> amounts, List<BigDecimal> requested) {
        if (amounts.size() != requested.size()) {
            return false;
        }
        for (int i = 0; i < amounts.size(); i++) {
            if (amounts.get(i) == null || amounts.get(i).compareTo(requested.get(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The task, claimed for the current user if nobody has it, refused if someone else does; other
     * decisions on the same request wait until this one's transaction ends.
     */
    private Task takeTask(String taskId) {
        return inbox.take(taskId, ChangeRequestProcess.KEY, Elements.DECIDE);
    }

    private long changeRequestId(Task task) {
        return ((Number) tasks.getVariable(task.getId(), Variables.CHANGE_REQUEST_ID)).longValue();
    }
}
