package fi.avustus.workflow;

import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.shared.DomainException;
import fi.avustus.workflow.internal.InboxQueries;
import fi.avustus.workflow.internal.InboxQueries.Viewer;
import fi.avustus.workflow.internal.ProcessTurns;
import fi.avustus.workflow.internal.UserTaskTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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
    /** The most tasks {@link #tasks(InboxFilter)} returns; screens page through more with {@link #tasks(InboxFilter, int, int)}. */
    static final int MAX_TASKS = 500;

    private final TaskService tasks;
    private final InboxQueries inbox;
    private final UserTaskTypes taskTypes;
    private final CurrentUser currentUser;
    private final ProcessTurns turns;

    TaskInbox(TaskService tasks, InboxQueries inbox, UserTaskTypes taskTypes, CurrentUser currentUser, ProcessTurns turns) {
        this.tasks = tasks;
        this.inbox = inbox;
        this.taskTypes = taskTypes;
        this.currentUser = currentUser;
        this.turns = turns;
    }

    /** The first {@value #MAX_TASKS} of my tasks, as {@link #tasks(InboxFilter, int, int)} orders them. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<InboxTask> tasks(InboxFilter filter) {
        return tasks(filter, 0, MAX_TASKS);
    }

    /**
     * A page of my active tasks and my groups' unclaimed active tasks: mine first, then my
     * groups'; each by due date (none last), then age. Read from the inbox's projection of the
     * engine's tasks, which the engine keeps up to date in its own transactions.
     */
    @PreAuthorize("isAuthenticated()")
    // One query: a transaction around it would only add round trips to the database.
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<InboxTask> tasks(InboxFilter filter, int offset, int limit) {
        return inbox.page(viewer(), filter.callId(), filter.types(), offset, limit);
    }

    /** The kinds of task the current user's roles can receive, to narrow the inbox by. */
    @PreAuthorize("isAuthenticated()")
    public List<TaskType> taskTypes() {
        return taskTypes.receivableBy(myGroups());
    }

    @PreAuthorize("isAuthenticated()")
    public void claim(String taskId) {
        InboxTask task = visibleTask(taskId);
        if (task.assignee() != null) {
            throw new DomainException("task.assignedToOther", task.assignee());
        }
        TaskRaces.step(() -> tasks.claim(taskId, currentUser.requireUsername()));
    }

    /**
     * A process's task at one step, for the current user to complete: an unclaimed task is
     * claimed, a task claimed by someone else is refused, a task gone (done meanwhile) too.
     * Until the caller's transaction ends, other steps on the same process instance wait for
     * their turn (see {@link #waitForTurn}).
     */
    @PreAuthorize("isAuthenticated()")
    public Task take(String taskId, String processKey, String element) {
        String username = currentUser.requireUsername();
        // Only a task the user could pick from their inbox: anyone else's is as if it did not exist.
        visibleTask(taskId);
        Supplier<Task> find = () -> tasks.createTaskQuery().taskId(taskId).processDefinitionKey(processKey)
                .taskDefinitionKey(element).singleResult();
        Task task = inTurn(find);
        if (task.getAssignee() == null) {
            TaskRaces.step(() -> tasks.claim(task.getId(), username));
            task.setAssignee(username);
        } else if (!task.getAssignee().equals(username)) {
            throw new DomainException("task.assignedToOther", task.getAssignee());
        }
        return task;
    }

    /**
     * The task that the query finds, once the caller's turn on its process instance has come;
     * refused as gone if there is none before or after the wait.
     */
    @PreAuthorize("isAuthenticated()")
    public Task inTurn(Supplier<Task> find) {
        Task seen = find.get();
        if (seen == null) {
            throw new DomainException("task.gone");
        }
        waitForTurn(seen.getProcessInstanceId());
        // Whoever had the turn before may have completed it: look again at what they committed.
        Task task = find.get();
        if (task == null) {
            throw new DomainException("task.gone");
        }
        return task;
    }

    /**
     * Makes the caller's transaction the only one taking a step on the process instance's tasks
     * until it ends: people doing the same task at once (a double click, two tabs, two officials)
     * or two members of a parallel task completing theirs at once then go one after the other,
     * and each finds what the one before did, rather than the engine refusing one of them after
     * the fact. Needs the caller's transaction: outside one, the turn ends at once.
     */
    @PreAuthorize("isAuthenticated()")
    public void waitForTurn(String processInstanceId) {
        turns.waitForTurn(processInstanceId);
    }

    @PreAuthorize("isAuthenticated()")
    public void unclaim(String taskId) {
        if (!visibleTask(taskId).mine()) {
            throw new DomainException("task.notMine");
        }
        tasks.setAssignee(taskId, null);
    }

    /** The task if it is the user's or waits for one of their groups; otherwise as if it did not exist. */
    private InboxTask visibleTask(String taskId) {
        return inbox.visible(viewer(), taskId).orElseThrow(() -> new DomainException("task.gone"));
    }

    /**
     * Whose tasks the user sees: their own, those waiting for one of their staff groups, and, for
     * an applicant, those waiting for the applicants of one of their own organisations. Applicants'
     * group tasks of other organisations, or of processes that name no organisation, are never among them.
     */
    private Viewer viewer() {
        List<String> staffGroups = myGroups().stream().filter(group -> !group.equals(Role.APPLICANT.groupId())).toList();
        boolean applicant = currentUser.hasRole(Role.APPLICANT);
        return new Viewer(currentUser.requireUsername(), staffGroups, applicant ? Role.APPLICANT.groupId() : null,
                applicant ? List.copyOf(currentUser.organisationIds()) : List.of());
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
