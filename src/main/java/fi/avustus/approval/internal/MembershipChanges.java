package fi.avustus.approval.internal;

import fi.avustus.approval.RoundStatus;
import fi.avustus.approval.SteeringGroupApprovalProcess;
import fi.avustus.organisation.SteeringGroupMembersChanged;
import fi.avustus.organisation.SteeringGroupSummary;
import fi.avustus.workflow.TaskInbox;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A member who leaves a group mid-round loses their vote: their open vote task closes without a
 * vote and the round's count is taken again (the vote's completion condition), in the same
 * transaction as the group's change. A vote already cast stands. The change takes its turn on each
 * open round's process, as votes do, so that a member who votes at the moment of leaving either
 * votes first, and the vote stands, or is refused because they have left.
 */
@Component
class MembershipChanges {

    private final ApprovalRounds rounds;
    private final GroupDirectory groups;
    private final TaskService tasks;
    private final TaskInbox inbox;

    MembershipChanges(ApprovalRounds rounds, GroupDirectory groups, TaskService tasks, TaskInbox inbox) {
        this.rounds = rounds;
        this.groups = groups;
        this.tasks = tasks;
        this.inbox = inbox;
    }

    @EventListener
    void on(SteeringGroupMembersChanged changed) {
        SteeringGroupSummary group = groups.require(changed.steeringGroupId());
        // Turns first, in one order (no two changes wait for each other), and the rounds read after them, as the votes left them.
        rounds.openRoundProcessesOf(group.id()).stream().sorted().forEach(inbox::waitForTurn);
        for (ApprovalRound round : rounds.openRoundsOf(group.id())) {
            for (RoundVoter voter : round.getVoters()) {
                if (!voter.isRemoved() && !groups.isMember(group, voter.getUserId())) {
                    round.markRemoved(voter);
                    if (round.getStatus() == RoundStatus.OPEN) {
                        closeVoteTask(round, voter);
                    }
                }
            }
        }
    }

    private void closeVoteTask(ApprovalRound round, RoundVoter voter) {
        Task task = tasks.createTaskQuery().processInstanceId(round.getProcessInstanceId())
                .taskDefinitionKey(SteeringGroupApprovalProcess.Elements.VOTE).taskAssignee(voter.getUsername())
                .singleResult();
        if (task != null) {
            tasks.complete(task.getId());
        }
    }
}
