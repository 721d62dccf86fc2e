package fi.avustus.approval.internal;

import fi.avustus.approval.RoundStatus;
import fi.avustus.approval.SteeringGroupApprovalProcess;
import fi.avustus.organisation.SteeringGroupMembersChanged;
import fi.avustus.organisation.SteeringGroupSummary;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A member who leaves a group mid-round loses their vote: their open vote task closes without a
 * vote and the round's count is taken again (the vote's completion condition), in the same
 * transaction as the group's change. A vote already cast stands.
 */
@Component
class MembershipChanges {

    private final ApprovalRounds rounds;
    private final GroupDirectory groups;
    private final TaskService tasks;

    MembershipChanges(ApprovalRounds rounds, GroupDirectory groups, TaskService tasks) {
        this.rounds = rounds;
        this.groups = groups;
        this.tasks = tasks;
    }

    @EventListener
    void on(SteeringGroupMembersChanged changed) {
        SteeringGroupSummary group = groups.require(changed.steeringGroupId());
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
