package fi.avustus.approval;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.Concurrently;
import fi.avustus.Concurrently.Tally;
import fi.avustus.IntegrationTest;
import fi.avustus.approval.ApprovalFixtures.Group;
import fi.avustus.security.SystemUser;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Members voting at the same moment: each member's vote is counted once, a second vote sent at
 * the same time is refused in words, and votes of different members at once all count.
 */
@IntegrationTest
class VoteConcurrencyTest {

    private static final int CALLERS = 100;
    private static final int ROUNDS_OF_REMOVAL = 10;
    private static final Duration TWO_WEEKS = Duration.ofDays(14);

    @Autowired ApprovalFlow flow;
    @Autowired Approvals approvals;
    @Autowired ApprovalFixtures fixtures;
    @Autowired TaskService taskService;
    @Autowired HistoryService history;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;

    @Test
    void oneMemberVotingManyTimesAtOnceIsCountedOnce() throws Exception {
        Group group = fixtures.group(3);
        ProcessInstance instance = fixtures.submit(group, TWO_WEEKS);
        String member = group.members().get(1);
        String voteTask = voteTaskOf(instance, member);

        Tally tally = Concurrently.as(userDetails, member).run("One member voting at once", CALLERS,
                caller -> flow.vote(voteTask, caller % 2 == 0 ? VoteChoice.APPROVE : VoteChoice.ABSTAIN, null));

        assertThat(tally.failures()).isEmpty();
        assertThat(tally.succeeded()).isEqualTo(1);
        assertThat(tally.refusals()).containsExactly(Map.entry("approval.vote.already", CALLERS - 1));
        long roundId = roundId(instance);
        assertThat(votesIn(roundId)).isEqualTo(1);
        RoundView round = SystemUser.call(() -> approvals.view(roundId, Locale.forLanguageTag("fi")));
        assertThat(round.tally().votes().cast()).isEqualTo(1);
        assertThat(round.tally().notVoted()).isEqualTo(2);
        assertThat(round.round().status()).isEqualTo(RoundStatus.OPEN);
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SteeringGroupApprovalProcess.Elements.VOTE).taskAssignee(member).finished().count())
                .as("the member's vote tasks done").isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SteeringGroupApprovalProcess.Elements.VOTE).count()).as("others' votes open").isEqualTo(2);
    }

    /**
     * Every member votes, each several times, all at once. Half approve and half ask for changes,
     * so that no vote but the last decides the round: it waits for all of them, then the tie
     * goes to the chair once.
     */
    @Test
    void allMembersVotingAtOnceAreAllCounted() throws Exception {
        int members = 4;
        Group group = fixtures.group(members);
        ProcessInstance instance = fixtures.submit(group, TWO_WEEKS);
        List<String> voteTasks = group.members().stream().map(member -> voteTaskOf(instance, member)).toList();

        Tally tally = Concurrently.as(userDetails, caller -> group.members().get(caller % members))
                .run("All members voting at once", CALLERS, caller -> {
                    boolean approves = caller % members % 2 == 0;
                    flow.vote(voteTasks.get(caller % members), approves ? VoteChoice.APPROVE : VoteChoice.REQUEST_CHANGES,
                            approves ? null : "Tarkenna mittarit.");
                });

        assertThat(tally.failures()).isEmpty();
        assertThat(tally.succeeded()).isEqualTo(members);
        assertThat(tally.refusals()).containsExactly(Map.entry("approval.vote.already", CALLERS - members));
        long roundId = roundId(instance);
        assertThat(votesIn(roundId)).isEqualTo(members);
        RoundView round = SystemUser.call(() -> approvals.view(roundId, Locale.forLanguageTag("fi")));
        assertThat(round.tally().votes().approve()).isEqualTo(members / 2);
        assertThat(round.tally().votes().changes()).isEqualTo(members / 2);
        assertThat(round.round().status()).isEqualTo(RoundStatus.AWAITING_CHAIR);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SteeringGroupApprovalProcess.Elements.BREAK_TIE).count()).as("tie breaks").isEqualTo(1);
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SteeringGroupApprovalProcess.Elements.VOTE).finished().count())
                .as("vote tasks done").isEqualTo(members);
    }

    /**
     * An administrator removes a member from the group at the moment the member votes, many times
     * over: either the vote comes first and stands, or the removal does and the vote is refused in
     * words; never both, never an error, and the round goes on for the others.
     */
    @RepeatedTest(ROUNDS_OF_REMOVAL)
    void aMemberVotingWhileBeingRemovedEitherVotesOrIsRefused() throws Exception {
        Group group = fixtures.group(4);
        ProcessInstance instance = fixtures.submit(group, TWO_WEEKS);
        String member = group.members().get(3);
        String voteTask = voteTaskOf(instance, member);

        // Few callers, so that the removal meets the first vote rather than the refusals after it.
        Tally tally = Concurrently.as(userDetails, member).run("A member voting while removed", 4, caller -> {
            if (caller == 0) {
                fixtures.removeMember(group, member);
            } else {
                flow.vote(voteTask, VoteChoice.APPROVE, null);
            }
        });

        assertThat(tally.failures()).isEmpty();
        assertThat(tally.succeeded()).as("the removal, and the vote if it came first").isBetween(1, 2);
        assertThat(tally.refusals().keySet()).isSubsetOf("approval.vote.already", "approval.vote.notMember", "task.gone");
        long roundId = roundId(instance);
        assertThat(votesIn(roundId)).isEqualTo(tally.succeeded() - 1);
        RoundView round = SystemUser.call(() -> approvals.view(roundId, Locale.forLanguageTag("fi")));
        assertThat(round.round().status()).isEqualTo(RoundStatus.OPEN);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SteeringGroupApprovalProcess.Elements.VOTE).taskAssignee(member).count())
                .as("the removed member's vote task").isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SteeringGroupApprovalProcess.Elements.VOTE).count()).as("the others' votes open").isEqualTo(3);
    }

    private String voteTaskOf(ProcessInstance instance, String member) {
        return taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SteeringGroupApprovalProcess.Elements.VOTE).taskAssignee(member).singleResult().getId();
    }

    private long roundId(ProcessInstance instance) {
        return ((Number) history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(SteeringGroupApprovalProcess.Variables.APPROVAL_ROUND_ID).singleResult().getValue()).longValue();
    }

    private int votesIn(long roundId) {
        return jdbc.queryForObject("select count(*) from avustus.approval_vote where round_id = ?", Integer.class, roundId);
    }
}
