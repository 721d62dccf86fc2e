package fi.avustus.workflow;

import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.shared.DomainException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task inbox of every role: my tasks and my groups' unclaimed tasks, sorted by due date,
 * with claim and unclaim. Screens use this, never the engine's task service.
 */
@Service
@Transactional
public class TaskInbox {

    static final String CALL_ID = "callId";
    static final int MAX_TASKS = 500;

    private final TaskService tasks;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final CurrentUser currentUser;

    TaskInbox(TaskService tasks, RepositoryService repository, RuntimeService runtime, CurrentUser currentUser) {
        this.tasks = tasks;
        this.repository = repository;
        this.runtime = runtime;
        this.currentUser = currentUser;
    }

    /** My tasks first, then my groups' unclaimed tasks; each by due date (none last), then age. */
    @PreAuthorize("isAuthenticated()")
    public List<InboxTask> tasks(InboxFilter filter) {
        String username = currentUser.requireUsername();
        List<String> groups = myGroups();
        TaskQuery query = tasks.createTaskQuery().active();
        if (groups.isEmpty()) {
            query.taskAssignee(username);
        } else {
            query.or().taskAssignee(username).taskCandidateGroupIn(groups).endOr();
        }
        if (filter.callId() != null) {
            query.processVariableValueEquals(CALL_ID, filter.callId());
        }
        if (filter.element() != null) {
            query.taskDefinitionKey(filter.element());
        }
        List<Task> found = query.orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, MAX_TASKS);
        Map<String, String> keys = processKeys(found);
        List<InboxTask> inbox = new ArrayList<>();
        for (Task task : found) {
            boolean mine = username.equals(task.getAssignee());
            if (task.getAssignee() != null && !mine) {
                continue;
            }
            Object callId = tasks.getVariable(task.getId(), CALL_ID);
            inbox.add(new InboxTask(task.getId(), keys.get(task.getProcessDefinitionId()), task.getTaskDefinitionKey(),
                    businessKey(task), callId instanceof Number number ? number.longValue() : null, task.getAssignee(),
                    task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(), mine));
        }
        inbox.sort(Comparator.comparing(InboxTask::mine).reversed());
        return inbox;
    }

    @PreAuthorize("isAuthenticated()")
    public void claim(String taskId) {
        Task task = visibleTask(taskId);
        if (task.getAssignee() != null) {
            throw new DomainException("task.assignedToOther", task.getAssignee());
        }
        tasks.claim(taskId, currentUser.requireUsername());
    }

    @PreAuthorize("isAuthenticated()")
    public void unclaim(String taskId) {
        Task task = visibleTask(taskId);
        if (!currentUser.requireUsername().equals(task.getAssignee())) {
            throw new DomainException("task.notMine");
        }
        tasks.setAssignee(taskId, null);
    }

    /** The task if it is the user's or waits for one of their groups; otherwise as if it did not exist. */
    private Task visibleTask(String taskId) {
        String username = currentUser.requireUsername();
        List<String> groups = myGroups();
        TaskQuery query = tasks.createTaskQuery().taskId(taskId);
        if (groups.isEmpty()) {
            query.taskAssignee(username);
        } else {
            query.or().taskAssignee(username).taskCandidateGroupIn(groups).endOr();
        }
        Task task = query.singleResult();
        if (task == null) {
            throw new DomainException("task.gone");
        }
        return task;
    }

    private List<String> myGroups() {
        List<String> groups = new ArrayList<>();
        for (Role role : Role.values()) {
            if (currentUser.hasRole(role)) {
                groups.add(role.groupId());
            }
        }
        return groups;
    }

    private Map<String, String> processKeys(List<Task> found) {
        String[] ids = found.stream().map(Task::getProcessDefinitionId).filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        return repository.createProcessDefinitionQuery().processDefinitionIdIn(ids).list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getId, ProcessDefinition::getKey, (a, b) -> a));
    }

    /**
     * The case id: each process is started with its case's id as the business key. One query per
     * task is fine for an inbox page; a projection table replaces it when inboxes grow large.
     */
    private String businessKey(Task task) {
        return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                .getBusinessKey();
    }

    /** What the inbox is narrowed to; null means any. */
    public record InboxFilter(Long callId, String element) {

        public static InboxFilter all() {
            return new InboxFilter(null, null);
        }
    }
}
