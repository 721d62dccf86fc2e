package fi.avustus.approval;

import static fi.avustus.approval.SteeringGroupApprovalProcess.Elements;
import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.approval.ApprovalFixtures.Group;
import fi.avustus.approval.ApprovalFixtures.Rule;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every path of processes/steering-group-approval.bpmn, driven through the facades as the screens
 * do; timers fire by running their jobs (the job executor is off in tests).
 */
@IntegrationTest
@RecordApplicationEvents
class SteeringGroupApprovalProcessTest {

    private static final Duration TWO_WEEKS = Duration.ofDays(14);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired ApprovalFlow flow;
    @Autowired Approvals approvals;
    @Autowired ApprovalFixtures fixtures;
    @Autowired UserDetailsService userDetails;
    @Autowired ApplicationEvents events;

    private ProcessInstance instance;

    @BeforeEach
    void engineAssertions() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void approvedByTheMajorityOfVotesCast() {
        Group group = fixtures.group(3);
        instance = fixtures.submit(group, TWO_WEEKS);
        assertThat(instance).isWaitingAt(Elements.VOTE);
        assertThat(voteTasks()).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(group.members());
        assertThat(voteTasks()).as("the inbox shows the deadline").extracting(Task::getDueDate)
                .containsOnly(Date.from(round().deadline()));

        vote(group.members().get(0), VoteChoice.APPROVE, null);
        vote(group.members().get(1), VoteChoice.REQUEST_CHANGES, "Tarkenna toimintalinjan 3 mittarit.");
        assertThat(instance).as("one vote could still tie it").isWaitingAt(Elements.VOTE);
        vote(group.members().get(2), VoteChoice.APPROVE, "Hyvä suunnitelma.");

        assertThat(instance).isEnded().hasPassed(Elements.CLOSE_ROUND).variables()
                .containsEntry(SteeringGroupApprovalProcess.Variables.APPROVAL_OUTCOME, "APPROVED");
        RoundSummary round = round();
        assertThat(round.outcome()).isEqualTo(ApprovalOutcome.APPROVED);
        assertThat(round.decidedBy()).isEqualTo(DecidedBy.VOTES);
        assertThat(events.stream(ApprovalRoundClosed.class)).contains(new ApprovalRoundClosed(round.id(),
                TestDocuments.TYPE, round.documentId(), round.documentVersionId(), ApprovalOutcome.APPROVED));
    }

    @Test
    void changesRequestedByTheMajority() {
        Group group = fixtures.group(3);
        instance = fixtures.submit(group, TWO_WEEKS);
        vote(group.members().get(0), VoteChoice.REQUEST_CHANGES, "Talousarvio puuttuu.");
        vote(group.members().get(1), VoteChoice.APPROVE, null);
        vote(group.members().get(2), VoteChoice.REQUEST_CHANGES, "Aikataulu on epärealistinen.");

        assertThat(instance).isEnded().variables()
                .containsEntry(SteeringGroupApprovalProcess.Variables.APPROVAL_OUTCOME, "CHANGES_REQUESTED");
        assertThat(round().decidedBy()).isEqualTo(DecidedBy.VOTES);
        // The owner revises with every comment in hand: the votes are open once the round is closed.
        actAs(userDetails, "admin");
        assertThat(approvals.view(round().id(), Locale.forLanguageTag("fi")).votes()).extracting(CastVote::comment)
                .contains("Talousarvio puuttuu.", "Aikataulu on epärealistinen.");
    }

    @Test
    void aTieGoesToTheChairWhoDecides() {
        Group group = fixtures.group(4);
        instance = fixtures.submit(group, TWO_WEEKS);
        vote(group.members().get(0), VoteChoice.APPROVE, null);
        vote(group.members().get(1), VoteChoice.REQUEST_CHANGES, "Mittarit puuttuvat.");
        vote(group.members().get(2), VoteChoice.APPROVE, null);
        vote(group.members().get(3), VoteChoice.REQUEST_CHANGES, "Vastuut epäselvät.");

        assertThat(instance).isWaitingAt(Elements.BREAK_TIE).task().isAssignedTo(group.chair());
        assertThat(round().status()).isEqualTo(RoundStatus.AWAITING_CHAIR);
        String tieBreak = task(Elements.BREAK_TIE).getId();
        actAs(userDetails, group.members().get(1));
        assertThatThrownBy(() -> flow.breakTie(tieBreak, ApprovalOutcome.CHANGES_REQUESTED, null))
                .isInstanceOfSatisfying(DomainException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("approval.vote.notYours"));

        actAs(userDetails, group.chair());
        flow.breakTie(tieBreak, ApprovalOutcome.APPROVED, "Puheenjohtajan ratkaiseva ääni.");

        assertThat(instance).isEnded().variables()
                .containsEntry(SteeringGroupApprovalProcess.Variables.APPROVAL_OUTCOME, "APPROVED");
        assertThat(round().decidedBy()).isEqualTo(DecidedBy.CHAIR_TIE_BREAK);
    }

    @Test
    void noQuorumAtTheDeadlineTheChairExtendsAndTheRoundReopensForThoseWhoHaveNotVoted() {
        Group group = fixtures.group(4);
        instance = fixtures.submit(group, TWO_WEEKS);
        vote(group.members().get(1), VoteChoice.APPROVE, null);

        deadlinePasses();

        assertThat(instance).isWaitingAt(Elements.RESOLVE_NO_QUORUM).task().isAssignedTo(group.chair());
        actAs(userDetails, group.members().get(2));
        assertThatThrownBy(() -> flow.vote(voteTaskIdOf(group.members().get(2)), VoteChoice.APPROVE, null))
                .as("voting has ended until the chair acts").isInstanceOf(DomainException.class);

        Instant newDeadline = Instant.now().plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        actAs(userDetails, group.chair());
        flow.extendDeadline(task(Elements.RESOLVE_NO_QUORUM).getId(), newDeadline, "Lisäaikaa kokoukseen asti.");

        assertThat(instance).isWaitingAt(Elements.VOTE);
        assertThat(voteTasks()).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder(group.members().get(0), group.members().get(2), group.members().get(3));
        assertThat(timer(Elements.DEADLINE_PASSED).getDuedate()).isEqualTo(Date.from(newDeadline));
        assertThat(voteTasks()).extracting(Task::getDueDate).containsOnly(Date.from(newDeadline));
        assertThat(round().deadline()).isEqualTo(newDeadline);
        assertThat(round().status()).isEqualTo(RoundStatus.OPEN);

        vote(group.members().get(2), VoteChoice.APPROVE, null);
        vote(group.members().get(3), VoteChoice.APPROVE, null);
        assertThat(instance).isEnded().variables()
                .containsEntry(SteeringGroupApprovalProcess.Variables.APPROVAL_OUTCOME, "APPROVED");
    }

    @Test
    void noQuorumAtTheDeadlineTheChairDecidesWhereTheRuleAllows() {
        Group group = fixtures.group(3, Rule.standard().chairMayDecide());
        instance = fixtures.submit(group, TWO_WEEKS);
        deadlinePasses();

        actAs(userDetails, group.chair());
        flow.decideWithoutQuorum(task(Elements.RESOLVE_NO_QUORUM).getId(), ApprovalOutcome.CHANGES_REQUESTED,
                "Päätetään puheenjohtajan valtuuksin: täydennettävä.");

        assertThat(instance).isEnded().variables()
                .containsEntry(SteeringGroupApprovalProcess.Variables.APPROVAL_OUTCOME, "CHANGES_REQUESTED");
        assertThat(round().decidedBy()).isEqualTo(DecidedBy.CHAIR_AUTHORITY);
    }

    @Test
    void withoutTheAuthorityInTheRuleTheChairCannotDecideAlone() {
        Group group = fixtures.group(3);
        instance = fixtures.submit(group, TWO_WEEKS);
        deadlinePasses();

        actAs(userDetails, group.chair());
        String escalation = task(Elements.RESOLVE_NO_QUORUM).getId();
        assertThatThrownBy(() -> flow.decideWithoutQuorum(escalation, ApprovalOutcome.APPROVED, null))
                .isInstanceOfSatisfying(DomainException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("approval.chair.noAuthority"));
        assertThat(instance).isWaitingAt(Elements.RESOLVE_NO_QUORUM);
        assertThat(round().status()).isEqualTo(RoundStatus.AWAITING_CHAIR);
    }

    @Test
    void noQuorumAtTheDeadlineTheChairSendsItBack() {
        Group group = fixtures.group(3);
        instance = fixtures.submit(group, TWO_WEEKS);
        vote(group.members().get(2), VoteChoice.ABSTAIN, null);
        deadlinePasses();

        actAs(userDetails, group.chair());
        String escalation = task(Elements.RESOLVE_NO_QUORUM).getId();
        assertThatThrownBy(() -> flow.sendBack(escalation, " ")).as("a reason is required")
                .isInstanceOf(DomainException.class);
        flow.sendBack(escalation, "Ryhmä ei ollut päätösvaltainen; tuodaan seuraavaan kokoukseen.");

        assertThat(instance).isEnded().variables()
                .containsEntry(SteeringGroupApprovalProcess.Variables.APPROVAL_OUTCOME, "SENT_BACK");
        assertThat(round().decidedBy()).isEqualTo(DecidedBy.CHAIR_SENT_BACK);
    }

    @Test
    void aConflictOfInterestTakesTheMemberOutOfTheQuorum() {
        Group group = fixtures.group(4);
        instance = fixtures.submit(group, TWO_WEEKS);
        vote(group.members().get(0), VoteChoice.CONFLICT_OF_INTEREST, "Edustan hakijaorganisaatiota.");
        vote(group.members().get(1), VoteChoice.APPROVE, null);
        vote(group.members().get(2), VoteChoice.APPROVE, null);

        // Two of three eligible have voted, so the fourth vote could no longer change the outcome;
        // counted against all four members, two votes would not have made a quorum.
        assertThat(instance).isEnded().variables()
                .containsEntry(SteeringGroupApprovalProcess.Variables.APPROVAL_OUTCOME, "APPROVED");
        actAs(userDetails, group.members().get(1));
        Tally tally = approvals.view(round().id(), Locale.ROOT).tally();
        assertThat(tally.eligible()).isEqualTo(3);
        assertThat(tally.votes().cast()).isEqualTo(2);
    }

    @Test
    void theRoundEndsAsSoonAsTheOutcomeCanNoLongerChange() {
        Group group = fixtures.group(5);
        instance = fixtures.submit(group, TWO_WEEKS);
        vote(group.members().get(0), VoteChoice.APPROVE, null);
        vote(group.members().get(1), VoteChoice.APPROVE, null);
        assertThat(instance).isWaitingAt(Elements.VOTE);
        vote(group.members().get(2), VoteChoice.APPROVE, null);

        assertThat(instance).isEnded().variables()
                .containsEntry(SteeringGroupApprovalProcess.Variables.APPROVAL_OUTCOME, "APPROVED");
        assertThat(voteTasks()).as("the two votes still missing are withdrawn").isEmpty();
    }

    @Test
    void aMemberRemovedMidRoundLosesTheirTaskAndTheQuorumIsCountedAgain() {
        Group group = fixtures.group(4);
        instance = fixtures.submit(group, TWO_WEEKS);
        vote(group.members().get(0), VoteChoice.APPROVE, null);
        vote(group.members().get(1), VoteChoice.APPROVE, null);
        assertThat(instance).as("two of four is no quorum at 50 %").isWaitingAt(Elements.VOTE);
        String leaver = group.members().get(3);
        String leaversTask = voteTaskIdOf(leaver);

        fixtures.removeMember(group, leaver);

        // Two of the three remaining members approved: the last vote can no longer change it.
        assertThat(instance).isEnded().variables()
                .containsEntry(SteeringGroupApprovalProcess.Variables.APPROVAL_OUTCOME, "APPROVED");
        actAs(userDetails, leaver);
        assertThatThrownBy(() -> flow.vote(leaversTask, VoteChoice.REQUEST_CHANGES, "Myöhästynyt ääni"))
                .isInstanceOfSatisfying(DomainException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("approval.vote.notMember"));
    }

    @Test
    void aMemberRemovedMidRoundLeavesTheRoundRunningForTheOthers() {
        Group group = fixtures.group(4);
        instance = fixtures.submit(group, TWO_WEEKS);
        vote(group.members().get(0), VoteChoice.APPROVE, null);
        fixtures.removeMember(group, group.members().get(3));

        assertThat(instance).isWaitingAt(Elements.VOTE);
        assertThat(voteTasks()).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder(group.members().get(1), group.members().get(2));
        actAs(userDetails, group.members().get(1));
        assertThat(approvals.view(round().id(), Locale.ROOT).tally().eligible()).isEqualTo(3);
    }

    @Test
    void theReminderGoesToTheMembersWhoHaveNotVoted() {
        Group group = fixtures.group(3);
        instance = fixtures.submit(group, TWO_WEEKS);
        vote(group.members().get(0), VoteChoice.APPROVE, null);
        Job reminder = timer(Elements.REMINDER_DUE);
        assertThat(reminder.getDuedate()).as("three days before the deadline by default")
                .isEqualTo(Date.from(round().deadline().minus(Duration.ofDays(3))));

        management.executeJob(reminder.getId());

        assertThat(events.stream(VoteReminderDue.class).filter(due -> due.roundId() == round().id()))
                .singleElement().satisfies(due -> assertThat(due.usernames())
                        .containsExactlyInAnyOrder(group.members().get(1), group.members().get(2)));
        assertThat(instance).as("a reminder does not end the voting").isWaitingAt(Elements.VOTE);
        assertThat(timer(Elements.DEADLINE_PASSED)).isNotNull();
    }

    @Test
    void aRoundTooShortForAReminderGetsNone() {
        Group group = fixtures.group(3);
        instance = fixtures.submit(group, Duration.ofDays(1));
        assertThat(timer(Elements.REMINDER_DUE).getDuedate()).as("after the deadline, so it never fires")
                .isAfter(timer(Elements.DEADLINE_PASSED).getDuedate());
    }

    @Test
    void aGroupWithNobodyWhoCanLogInLeavesTheChairsStepToAnAdministrator() {
        Group group = fixtures.group(0);
        instance = fixtures.submit(group, TWO_WEEKS);

        assertThat(instance).isWaitingAt(Elements.RESOLVE_NO_QUORUM).task().isNotAssigned().hasCandidateGroup("ADMIN");
        actAs(userDetails, "admin");
        assertThat(approvals.myChairTasks(Locale.ROOT)).extracting(ChairTask::element).contains(Elements.RESOLVE_NO_QUORUM);
        flow.sendBack(task(Elements.RESOLVE_NO_QUORUM).getId(), "Ryhmällä ei ole jäseniä, joilla on tunnukset.");
        assertThat(instance).isEnded().variables()
                .containsEntry(SteeringGroupApprovalProcess.Variables.APPROVAL_OUTCOME, "SENT_BACK");
    }

    @Test
    void aDeadlineInThePastIsRefusedAndNoRoundStarts() {
        Group group = fixtures.group(3);
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(SteeringGroupApprovalProcess.KEY).count();
        assertThatThrownBy(() -> fixtures.submit(group, Duration.ofDays(-1)))
                .isInstanceOfSatisfying(DomainException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("approval.deadline.past"));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(SteeringGroupApprovalProcess.KEY).count())
                .isEqualTo(before);
    }

    private void vote(String member, VoteChoice choice, String comment) {
        actAs(userDetails, member);
        flow.vote(voteTaskIdOf(member), choice, comment);
        SecurityContextHolder.clearContext();
    }

    private void deadlinePasses() {
        management.executeJob(timer(Elements.DEADLINE_PASSED).getId());
    }

    private List<Task> voteTasks() {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Elements.VOTE).list();
    }

    private String voteTaskIdOf(String member) {
        return SystemUser.call(() -> engine.getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(instance.getId()).taskDefinitionKey(Elements.VOTE).taskAssignee(member)
                .orderByHistoricActivityInstanceStartTime().desc().list().get(0).getId());
    }

    private Task task(String element) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(element).singleResult();
    }

    private Job timer(String element) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(element).singleResult();
    }

    private RoundSummary round() {
        long roundId = ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(SteeringGroupApprovalProcess.Variables.APPROVAL_ROUND_ID)
                .singleResult().getValue()).longValue();
        return SystemUser.call(() -> approvals.round(roundId)).orElseThrow();
    }
}
