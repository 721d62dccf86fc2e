package fi.avustus.actionplan.process;

import fi.avustus.actionplan.internal.DocumentLifecycle;
import fi.avustus.actionplan.internal.Governance;
import fi.avustus.actionplan.internal.Submission;
import fi.avustus.actionplan.process.DocumentProcesses.Elements;
import fi.avustus.actionplan.process.DocumentProcesses.Key;
import fi.avustus.actionplan.process.DocumentProcesses.Variables;
import fi.avustus.organisation.NetworkSummary;
import fi.avustus.organisation.SteeringGroupSummary;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Time;
import fi.avustus.shared.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents' processes as the product uses them: the coordinator's submission freezes a
 * version and sends it to the network's steering group, either starting the document's process or,
 * when the group asked for changes, completing the coordinator's "revise" task with the new
 * version. Screens call this facade, never the engine's services; the version and the process
 * step commit together or not at all.
 */
@Service
@Transactional
public class DocumentFlow {

    public static final int DEFAULT_ROUND_DAYS = 14;

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final DocumentLifecycle lifecycle;
    private final Governance governance;
    private final Clock clock;

    DocumentFlow(RuntimeService runtime, TaskService tasks, DocumentLifecycle lifecycle, Governance governance,
                 Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.lifecycle = lifecycle;
        this.governance = governance;
        this.clock = clock;
    }

    /** The deadline a round gets unless the coordinator names another (e.g. the group's meeting). */
    public LocalDate defaultDeadline() {
        return today().plusDays(DEFAULT_ROUND_DAYS);
    }

    /**
     * Submits the draft: the submit rules pass, a version is frozen and goes to the steering group,
     * whose round ends at the end of the deadline day.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public int submit(long documentId, LocalDate deadline) {
        LocalDate roundEnds = deadline == null ? defaultDeadline() : deadline;
        new Validator().check(roundEnds.isAfter(today()), "deadline", "actionplan.deadline.past").throwIfInvalid();
        Submission submission = lifecycle.freeze(documentId);
        SteeringGroupSummary group = governance.governingGroup(submission.networkId())
                .orElseThrow(() -> new DomainException("actionplan.noSteeringGroup"));
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.DOCUMENT_TYPE, submission.type().name());
        variables.put(Variables.DOCUMENT_ID, documentId);
        variables.put(Variables.DOCUMENT_VERSION_ID, submission.versionId());
        variables.put(Variables.STEERING_GROUP_ID, group.id());
        variables.put(Variables.ROUND_DEADLINE, Date.from(roundEnds.atTime(LocalTime.of(23, 59)).atZone(Time.HELSINKI).toInstant()));
        variables.put(Variables.SUBMITTED_BY, submission.submittedBy());
        variables.put(Variables.ORGANISATION_ID, governance.network(submission.networkId())
                .map(NetworkSummary::coordinatorId).orElseThrow(() -> new DomainException("notFound")));
        String processKey = Key.of(submission.type()).processKey();
        if (submission.revision()) {
            Task revise = reviseTask(processKey, documentId);
            // The task waits for the applicants' group; the organisation check was made on the document,
            // so whoever of the coordinator's people submits completes it.
            tasks.setAssignee(revise.getId(), submission.submittedBy());
            tasks.complete(revise.getId(), variables);
        } else {
            runtime.startProcessInstanceByKey(processKey, String.valueOf(documentId), variables);
        }
        return submission.versionNumber();
    }

    /** The waiting "revise" task of the document. */
    private Task reviseTask(String processKey, long documentId) {
        Task task = tasks.createTaskQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(String.valueOf(documentId)).taskDefinitionKey(Elements.REVISE).singleResult();
        if (task == null) {
            throw new DomainException("task.gone");
        }
        return task;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Time.HELSINKI));
    }
}
