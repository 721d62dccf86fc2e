package fi.avustus.approval;

import static fi.avustus.approval.SteeringGroupApprovalProcess.Elements.BREAK_TIE;
import static fi.avustus.approval.SteeringGroupApprovalProcess.Elements.RESOLVE_NO_QUORUM;
import static fi.avustus.approval.SteeringGroupApprovalProcess.Elements.VOTE;

import fi.avustus.approval.SteeringGroupApprovalProcess.EscalationAction;
import fi.avustus.approval.SteeringGroupApprovalProcess.Variables;
import fi.avustus.approval.internal.ApprovalRound;
import fi.avustus.approval.internal.ApprovalRoundRepository;
import fi.avustus.approval.internal.ApprovalRounds;
import fi.avustus.approval.internal.GroupDirectory;
import fi.avustus.approval.internal.RoundAccess;
import fi.avustus.approval.internal.RoundVoter;
import fi.avustus.organisation.SteeringGroupSummary;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.UserSummary;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Validator;
import fi.avustus.workflow.TaskInbox;
import fi.avustus.workflow.TaskRaces;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval process as members and chairs move it: a member's vote, the chair's tie-break,
 * and the chair's choice when the deadline passed without a quorum. The task id is the handle;
 * every method checks that the task is the caller's, that the caller is still a member of the
 * governing group and that the round still takes this step. A refused call changes nothing.
 */
@Service
@Transactional
public class ApprovalFlow {

    private static final Set<String> CHAIR_STEPS = Set.of(BREAK_TIE, RESOLVE_NO_QUORUM);

    private final TaskService tasks;
    private final HistoryService history;
    private final ApprovalRoundRepository repository;
    private final ApprovalRounds rounds;
    private final GroupDirectory groups;
    private final RoundAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TaskInbox inbox;

    ApprovalFlow(TaskService tasks, HistoryService history, ApprovalRoundRepository repository, ApprovalRounds rounds,
                 GroupDirectory groups, RoundAccess access, CurrentUser currentUser, Clock clock, TaskInbox inbox) {
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
        this.rounds = rounds;
        this.groups = groups;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.inbox = inbox;
    }

    /** The task for its screen, if it is the current user's to do. */
    @PreAuthorize("hasAnyRole('STEERING_GROUP', 'ADMIN')")
    @Transactional(readOnly = true)
    public ApprovalTask task(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(SteeringGroupApprovalProcess.KEY).singleResult();
        if (task == null) {
            throw new DomainException("task.gone");
        }
        ApprovalRound round = roundOf(task.getProcessInstanceId());
        requireMayAct(task, groups.require(round.getSteeringGroupId()));
        return new ApprovalTask(task.getId(), task.getTaskDefinitionKey(), round.getId());
    }

    /**
     * A member's vote. Approving, abstaining and declaring a conflict of interest may come without
     * a comment; a request for changes must say what to change.
     */
    @PreAuthorize("hasRole('STEERING_GROUP')")
    public void vote(String taskId, VoteChoice choice, String comment) {
        inbox.waitForTurn(voteTask(taskId).getProcessInstanceId());
        // Looked at again in turn: a vote cast meanwhile (the same member in another tab) is refused in words.
        Task task = voteTask(taskId);
        ApprovalRound round = roundOf(task.getProcessInstanceId());
        UserSummary me = requireMember(round);
        if (!me.username().equals(task.getAssignee())) {
            throw new DomainException("approval.vote.notYours");
        }
        requireStatus(round, RoundStatus.OPEN);
        RoundVoter voter = round.voter(me.username()).filter(found -> !found.isRemoved())
                .orElseThrow(() -> new DomainException("approval.vote.notMember"));
        String text = blankToNull(comment);
        Validator validator = new Validator().required("choice", choice).maxLength("comment", text, Validator.TEXT_MAX);
        if (choice == VoteChoice.REQUEST_CHANGES) {
            validator.check(text != null, "comment", "approval.vote.commentRequired");
        }
        validator.throwIfInvalid();
        rounds.record(round, voter, choice, text);
        Map<String, Object> record = new HashMap<>();
        record.put(Variables.VOTE_CHOICE, choice.name());
        record.put(Variables.VOTE_COMMENT, text);
        TaskRaces.step(() -> {
            tasks.setVariablesLocal(task.getId(), record);
            tasks.complete(task.getId());
        });
    }

    /** The chair's casting vote on a tie. */
    @PreAuthorize("hasAnyRole('STEERING_GROUP', 'ADMIN')")
    public void breakTie(String taskId, ApprovalOutcome decision, String comment) {
        Task task = chairTask(taskId, BREAK_TIE);
        completeChairStep(task, null, decision, comment, null);
    }

    /** No quorum by the deadline: the chair gives more time; the members who have not voted get their tasks again. */
    @PreAuthorize("hasAnyRole('STEERING_GROUP', 'ADMIN')")
    public void extendDeadline(String taskId, Instant newDeadline, String comment) {
        Task task = chairTask(taskId, RESOLVE_NO_QUORUM);
        new Validator().required("newDeadline", newDeadline).throwIfInvalid();
        new Validator().check(newDeadline.isAfter(clock.instant()), "newDeadline", "approval.deadline.past").throwIfInvalid();
        completeChairStep(task, EscalationAction.EXTEND, null, comment, newDeadline);
    }

    /** No quorum by the deadline: the chair decides alone, only where the group's rule allows it. */
    @PreAuthorize("hasAnyRole('STEERING_GROUP', 'ADMIN')")
    public void decideWithoutQuorum(String taskId, ApprovalOutcome decision, String comment) {
        Task task = chairTask(taskId, RESOLVE_NO_QUORUM);
        SteeringGroupSummary group = groups.require(roundOf(task.getProcessInstanceId()).getSteeringGroupId());
        if (!group.decisionRule().chairMayDecideWithoutQuorum()) {
            throw new DomainException("approval.chair.noAuthority");
        }
        completeChairStep(task, EscalationAction.DECIDE, decision, comment, null);
    }

    /** No quorum by the deadline: the chair sends the version back to its owner, with the reason. */
    @PreAuthorize("hasAnyRole('STEERING_GROUP', 'ADMIN')")
    public void sendBack(String taskId, String comment) {
        Task task = chairTask(taskId, RESOLVE_NO_QUORUM);
        new Validator().check(blankToNull(comment) != null, "comment", "approval.chair.reasonRequired").throwIfInvalid();
        completeChairStep(task, EscalationAction.SEND_BACK, null, comment, null);
    }

    private void completeChairStep(Task task, EscalationAction action, ApprovalOutcome decision, String comment,
                                   Instant newDeadline) {
        String text = blankToNull(comment);
        Validator validator = new Validator().maxLength("comment", text, Validator.TEXT_MAX);
        boolean decides = action == null || action == EscalationAction.DECIDE;
        if (decides) {
            validator.check(decision == ApprovalOutcome.APPROVED || decision == ApprovalOutcome.CHANGES_REQUESTED,
                    "decision", "approval.chair.decisionRequired");
        }
        validator.throwIfInvalid();
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CHAIR_DECISION, decides ? decision.name() : null);
        variables.put(Variables.CHAIR_COMMENT, text);
        variables.put(Variables.ESCALATION_ACTION, action == null ? null : action.name());
        variables.put(Variables.NEW_DEADLINE, newDeadline == null ? null : Date.from(newDeadline));
        TaskRaces.step(() -> tasks.complete(task.getId(), variables));
    }

    /**
     * The open vote task; for a task that has ended, the reason in words: the round closed, or the
     * member already voted.
     */
    private Task voteTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(SteeringGroupApprovalProcess.KEY)
                .taskDefinitionKey(VOTE).singleResult();
        if (task != null) {
            return task;
        }
        HistoricTaskInstance ended = history.createHistoricTaskInstanceQuery().taskId(taskId)
                .processDefinitionKey(SteeringGroupApprovalProcess.KEY).taskDefinitionKey(VOTE).singleResult();
        if (ended == null) {
            throw new DomainException("task.gone");
        }
        ApprovalRound round = roundOf(ended.getProcessInstanceId());
        UserSummary me = requireMember(round);
        // A member's own vote may have closed the round: "already voted" tells them more than "closed".
        if (round.voter(me.username()).map(voter -> rounds.hasVoted(round, voter.getUserId())).orElse(false)) {
            throw new DomainException("approval.vote.already");
        }
        if (round.getStatus() != RoundStatus.OPEN) {
            throw new DomainException("approval.round.closed");
        }
        throw new DomainException("task.gone");
    }

    private Task chairTask(String taskId, String element) {
        if (!CHAIR_STEPS.contains(element)) {
            throw new DomainException("task.gone");
        }
        Task task = inbox.inTurn(() -> tasks.createTaskQuery().taskId(taskId)
                .processDefinitionKey(SteeringGroupApprovalProcess.KEY).taskDefinitionKey(element).singleResult());
        ApprovalRound round = roundOf(task.getProcessInstanceId());
        requireMayAct(task, groups.require(round.getSteeringGroupId()));
        requireStatus(round, RoundStatus.AWAITING_CHAIR);
        return task;
    }

    /** The task's assignee who is still a member; a chair's task nobody could take is an administrator's. */
    private void requireMayAct(Task task, SteeringGroupSummary group) {
        String username = currentUser.requireUsername();
        if (task.getAssignee() == null && CHAIR_STEPS.contains(task.getTaskDefinitionKey()) && access.isAdmin()) {
            return;
        }
        if (!access.isMember(group)) {
            throw new DomainException("approval.vote.notMember");
        }
        if (!username.equals(task.getAssignee())) {
            throw new DomainException("approval.vote.notYours");
        }
    }

    private UserSummary requireMember(ApprovalRound round) {
        SteeringGroupSummary group = groups.require(round.getSteeringGroupId());
        if (!access.isMember(group)) {
            throw new DomainException("approval.vote.notMember");
        }
        return access.me().orElseThrow(() -> new AccessDeniedException("no user"));
    }

    private static void requireStatus(ApprovalRound round, RoundStatus expected) {
        if (round.getStatus() != expected) {
            throw new DomainException(round.getStatus() == RoundStatus.CLOSED ? "approval.round.closed" : "approval.round.notNow");
        }
    }

    private ApprovalRound roundOf(String processInstanceId) {
        return repository.findByProcessInstanceId(processInstanceId).orElseThrow(() -> new DomainException("task.gone"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
