package fi.avustus.workflow;

import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.shared.DomainException;
import fi.avustus.workflow.internal.UserTaskTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.VariableInstance;
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

    /**
     * The process variable in which a process that belongs to a call keeps the call's id; process
     * descriptors name their call variable with this constant so the inbox's filter finds it.
     */
    public static final String CALL_ID = "callId";
    static final int MAX_TASKS = 500;

    /** Mine first, then my groups'; each by due date (none last), then age. */
    static final Comparator<InboxTask> ORDER = Comparator.comparing(InboxTask::mine).reversed()
            .thenComparing(InboxTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(InboxTask::created);

    private final TaskService tasks;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final UserTaskTypes taskTypes;
    private final CurrentUser currentUser;

    TaskInbox(TaskService tasks, RepositoryService repository, RuntimeService runtime, UserTaskTypes taskTypes,
              CurrentUser currentUser) {
        this.tasks = tasks;
        this.repository = repository;
        this.runtime = runtime;
        this.taskTypes = taskTypes;
        this.currentUser = currentUser;
    }

    /**
     * My tasks and my groups' unclaimed tasks in {@link #ORDER}. Whatever the page holds, its
     * cases and calls are read in one query each, not per task.
     */
    @PreAuthorize("isAuthenticated()")
    public List<InboxTask> tasks(InboxFilter filter) {
        String username = currentUser.requireUsername();
        TaskQuery query = visible(tasks.createTaskQuery().active());
        if (filter.callId() != null) {
            query.processVariableValueEquals(CALL_ID, filter.callId());
        }
        if (!filter.types().isEmpty()) {
            query.processDefinitionKeyIn(filter.types().stream().map(TaskType::processKey).distinct().toArray(String[]::new))
                    .taskDefinitionKeyIn(filter.types().stream().map(TaskType::element).distinct().toArray(String[]::new));
        }
        List<Task> found = query.orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, MAX_TASKS);
        Map<String, String> keys = processKeys(found);
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> businessKeys = businessKeys(instanceIds);
        Map<String, Long> callIds = callIds(instanceIds);
        List<InboxTask> inbox = new ArrayList<>();
        for (Task task : found) {
            boolean mine = username.equals(task.getAssignee());
            InboxTask entry = new InboxTask(task.getId(), keys.get(task.getProcessDefinitionId()), task.getTaskDefinitionKey(),
                    businessKeys.get(task.getProcessInstanceId()), callIds.get(task.getProcessInstanceId()),
                    task.getAssignee(), task.getCreateTime().toInstant(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant(), mine);
            // The engine filters process and element separately; only the chosen pairs count.
            boolean ofChosenType = filter.types().isEmpty() || filter.types().contains(entry.type());
            if ((task.getAssignee() == null || mine) && ofChosenType) {
                inbox.add(entry);
            }
        }
        inbox.sort(ORDER);
        return inbox;
    }

    /** The kinds of task the current user's roles can receive, to narrow the inbox by. */
    @PreAuthorize("isAuthenticated()")
    public List<TaskType> taskTypes() {
        return taskTypes.receivableBy(myGroups());
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
        Task task = visible(tasks.createTaskQuery().taskId(taskId)).singleResult();
        if (task == null) {
            throw new DomainException("task.gone");
        }
        return task;
    }

    /** Narrows the query to the user's own tasks and those waiting for one of their groups. */
    private TaskQuery visible(TaskQuery query) {
        String username = currentUser.requireUsername();
        List<String> groups = myGroups();
        return groups.isEmpty() ? query.taskAssignee(username)
                : query.or().taskAssignee(username).taskCandidateGroupIn(groups).endOr();
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

    /** The case ids: each process is started with its case's id as the business key. */
    private Map<String, String> businessKeys(Set<String> instanceIds) {
        Map<String, String> keys = new HashMap<>();
        if (!instanceIds.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                    .forEach(instance -> keys.put(instance.getId(), instance.getBusinessKey()));
        }
        return keys;
    }

    /** The call of each process instance, from its own (not a sub-scope's) {@code callId} variable. */
    private Map<String, Long> callIds(Set<String> instanceIds) {
        Map<String, Long> calls = new HashMap<>();
        if (!instanceIds.isEmpty()) {
            for (VariableInstance variable : runtime.createVariableInstanceQuery().variableName(CALL_ID)
                    .processInstanceIdIn(instanceIds.toArray(String[]::new)).list()) {
                if (variable.getProcessInstanceId().equals(variable.getExecutionId()) && variable.getValue() instanceof Number id) {
                    calls.put(variable.getProcessInstanceId(), id.longValue());
                }
            }
        }
        return calls;
    }

    /** What the inbox is narrowed to: a call (null means any) and task types (empty means any). */
    public record InboxFilter(Long callId, Set<TaskType> types) {

        public InboxFilter {
            types = types == null ? Set.of() : Set.copyOf(types);
        }

        public static InboxFilter all() {
            return new InboxFilter(null, Set.of());
        }
    }
}
