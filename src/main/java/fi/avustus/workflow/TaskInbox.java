package fi.avustus.workflow;

import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.shared.DomainException;
import fi.avustus.workflow.internal.UserTaskTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    /**
     * The process variable naming the organisation whose case the process is. A task waiting for
     * the applicants' group is shown only to applicants of that organisation, so process
     * descriptors whose tasks go to applicants name their organisation variable with this constant.
     */
    public static final String ORGANISATION_ID = "organisationId";
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
        Map<String, Task> visible = new LinkedHashMap<>();
        for (TaskQuery query : visibleQueries()) {
            query.active();
            if (filter.callId() != null) {
                query.processVariableValueEquals(CALL_ID, filter.callId());
            }
            if (!filter.types().isEmpty()) {
                query.processDefinitionKeyIn(filter.types().stream().map(TaskType::processKey).distinct().toArray(String[]::new))
                        .taskDefinitionKeyIn(filter.types().stream().map(TaskType::element).distinct().toArray(String[]::new));
            }
            query.orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, MAX_TASKS)
                    .forEach(task -> visible.putIfAbsent(task.getId(), task));
        }
        List<Task> found = List.copyOf(visible.values());
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

    /**
     * A process's task at one step, for the current user to complete: an unclaimed task is
     * claimed, a task claimed by someone else is refused, a task gone (done meanwhile) too.
     */
    @PreAuthorize("isAuthenticated()")
    public Task take(String taskId, String processKey, String element) {
        String username = currentUser.requireUsername();
        Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(processKey)
                .taskDefinitionKey(element).singleResult();
        if (task == null) {
            throw new DomainException("task.gone");
        }
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), username);
            task.setAssignee(username);
        } else if (!task.getAssignee().equals(username)) {
            throw new DomainException("task.assignedToOther", task.getAssignee());
        }
        return task;
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
        return visibleQueries().stream().map(query -> query.taskId(taskId).singleResult()).filter(Objects::nonNull)
                .findFirst().orElseThrow(() -> new DomainException("task.gone"));
    }

    /**
     * The queries whose tasks together are the user's: their own, those waiting for one of their
     * staff groups, and, for an applicant, those waiting for the applicants of one of their own
     * organisations (one query each: an applicant belongs to few). Applicants' group tasks of
     * other organisations, or of processes that name no organisation, are never among them.
     */
    private List<TaskQuery> visibleQueries() {
        String username = currentUser.requireUsername();
        List<String> staffGroups = myGroups().stream().filter(group -> !group.equals(Role.APPLICANT.groupId())).toList();
        List<TaskQuery> queries = new ArrayList<>();
        queries.add(staffGroups.isEmpty() ? tasks.createTaskQuery().taskAssignee(username)
                : tasks.createTaskQuery().or().taskAssignee(username).taskCandidateGroupIn(staffGroups).endOr());
        if (currentUser.hasRole(Role.APPLICANT)) {
            for (Long organisationId : currentUser.organisationIds()) {
                queries.add(tasks.createTaskQuery().taskCandidateGroup(Role.APPLICANT.groupId())
                        .processVariableValueEquals(ORGANISATION_ID, organisationId));
            }
        }
        return queries;
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
