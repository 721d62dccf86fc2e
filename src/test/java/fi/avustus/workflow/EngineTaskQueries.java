package fi.avustus.workflow;

import fi.avustus.security.Role;
import fi.avustus.security.UserSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * A user's inbox as the engine's own task queries give it, the way the inbox read it before it had
 * its projection: what the projection must always equal. One query for their own and their staff
 * groups' tasks, one per organisation for an applicant; each task's case, process and call read
 * from the engine one by one (slow, and fine for a test).
 */
final class EngineTaskQueries {

    static final Comparator<InboxTask> INBOX_ORDER = Comparator.comparing(InboxTask::mine).reversed()
            .thenComparing(InboxTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(InboxTask::created).thenComparing(InboxTask::taskId);

    private final ProcessEngine engine;

    EngineTaskQueries(ProcessEngine engine) {
        this.engine = engine;
    }

    /** The user's active tasks of process instances, narrowed to a call (null: any), in the inbox's order. */
    List<InboxTask> inbox(UserSummary user, Long callId) {
        Map<String, Task> visible = new LinkedHashMap<>();
        for (TaskQuery query : queries(user)) {
            query.active();
            if (callId != null) {
                query.processVariableValueEquals(TaskInbox.CALL_ID, callId);
            }
            query.list().forEach(task -> visible.putIfAbsent(task.getId(), task));
        }
        List<InboxTask> inbox = new ArrayList<>();
        for (Task task : visible.values()) {
            boolean mine = user.username().equals(task.getAssignee());
            if (task.getProcessInstanceId() != null && (task.getAssignee() == null || mine)) {
                inbox.add(inboxTask(task, mine));
            }
        }
        inbox.sort(INBOX_ORDER);
        return inbox;
    }

    private List<TaskQuery> queries(UserSummary user) {
        List<String> staffGroups = user.roles().stream().filter(role -> role != Role.APPLICANT).map(Role::groupId).toList();
        List<TaskQuery> queries = new ArrayList<>();
        queries.add(staffGroups.isEmpty() ? engine.getTaskService().createTaskQuery().taskAssignee(user.username())
                : engine.getTaskService().createTaskQuery().or().taskAssignee(user.username())
                        .taskCandidateGroupIn(staffGroups).endOr());
        if (user.roles().contains(Role.APPLICANT)) {
            for (Long organisationId : user.organisationIds()) {
                queries.add(engine.getTaskService().createTaskQuery().taskCandidateGroup(Role.APPLICANT.groupId())
                        .processVariableValueEquals(TaskInbox.ORGANISATION_ID, organisationId));
            }
        }
        return queries;
    }

    private InboxTask inboxTask(Task task, boolean mine) {
        String processKey = engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey();
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        Object call = engine.getRuntimeService().getVariableLocal(task.getProcessInstanceId(), TaskInbox.CALL_ID);
        return new InboxTask(task.getId(), processKey, task.getTaskDefinitionKey(), instance.getBusinessKey(),
                call instanceof Number id ? id.longValue() : null, task.getAssignee(), task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), mine);
    }
}
