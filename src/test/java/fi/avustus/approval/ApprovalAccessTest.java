package fi.avustus.approval;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import fi.avustus.approval.ApprovalFixtures.Group;
import fi.avustus.approval.ApprovalFixtures.Rule;
import fi.avustus.approval.internal.ApprovalRound;
import fi.avustus.approval.internal.ApprovalRoundRepository;
import fi.avustus.approval.internal.RoundVoter;
import fi.avustus.approval.internal.Vote;
import fi.avustus.approval.internal.VoteRepository;
import fi.avustus.security.SystemUser;
import fi.avustus.security.Users;
import fi.avustus.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who may see and vote: only current members of the governing group vote, once, while the round
 * is open; others do not even see the round. A refused vote changes nothing.
 */
@IntegrationTest
class ApprovalAccessTest {

    private static final Duration TWO_WEEKS = Duration.ofDays(14);
    private static final Locale FINNISH = Locale.forLanguageTag("fi");

    @Autowired ApprovalFixtures fixtures;
    @Autowired ApprovalFlow flow;
    @Autowired Approvals approvals;
    @Autowired UserDetailsService userDetails;
    @Autowired HistoryService history;
    @Autowired ApprovalRoundRepository rounds;
    @Autowired VoteRepository votes;
    @Autowired Users users;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aNonMemberNeitherSeesTheRoundNorVotes() {
        Group group = fixtures.group(3);
        ProcessInstance instance = fixtures.submit(group, TWO_WEEKS);
        ApprovalRound round = roundOf(instance);
        String outsider = fixtures.member("ulkopuolinen" + System.nanoTime()).username();

        actAs(userDetails, outsider);
        assertThat(approvals.myOpenVotes(FINNISH)).isEmpty();
        assertThat(approvals.roundsOf(TestDocuments.TYPE, round.getDocumentId())).isEmpty();
        assertThat(approvals.round(round.getId())).isEmpty();
        assertRefused(() -> approvals.view(round.getId(), FINNISH), "notFound");
        assertRefused(() -> flow.vote(voteTask(instance, group.members().get(0)), VoteChoice.APPROVE, null),
                "approval.vote.notMember");
        assertRefused(() -> approvals.roundsInProgress(group.id(), FINNISH), "notFound");

        assertNothingVoted(round);
    }

    @Test
    void aMemberOfOneGroupCannotVoteInAnothersRound() {
        Group mine = fixtures.group(3);
        Group theirs = fixtures.group(3);
        fixtures.submit(mine, TWO_WEEKS);
        ProcessInstance theirRound = fixtures.submit(theirs, TWO_WEEKS);

        actAs(userDetails, mine.members().get(0));
        assertThat(approvals.myOpenVotes(FINNISH)).extracting(OpenVote::groupName).containsOnly(mine.summary().name(FINNISH));
        assertRefused(() -> flow.vote(voteTask(theirRound, theirs.members().get(0)), VoteChoice.REQUEST_CHANGES, "Ei näin"),
                "approval.vote.notMember");
        // The demo's steering-group member belongs to another network's group.
        actAs(userDetails, "ohjausryhma");
        assertRefused(() -> flow.vote(voteTask(theirRound, theirs.members().get(1)), VoteChoice.APPROVE, null),
                "approval.vote.notMember");

        assertNothingVoted(roundOf(theirRound));
    }

    @Test
    void aMemberCannotVoteWithAnotherMembersTask() {
        Group group = fixtures.group(3);
        ProcessInstance instance = fixtures.submit(group, TWO_WEEKS);
        actAs(userDetails, group.members().get(1));
        assertRefused(() -> flow.vote(voteTask(instance, group.members().get(2)), VoteChoice.APPROVE, null),
                "approval.vote.notYours");
        assertNothingVoted(roundOf(instance));
    }

    @Test
    void aSecondVoteIsRefusedByTheFacadeAndByTheDatabase() {
        Group group = fixtures.group(5);
        ProcessInstance instance = fixtures.submit(group, TWO_WEEKS);
        String member = group.members().get(0);
        String task = voteTask(instance, member);
        actAs(userDetails, member);
        flow.vote(task, VoteChoice.APPROVE, null);

        assertRefused(() -> flow.vote(task, VoteChoice.REQUEST_CHANGES, "Muutin mieleni"), "approval.vote.already");
        ApprovalRound round = roundOf(instance);
        RoundVoter voter = new RoundVoter(users.find(member).orElseThrow().id(), member, "Sama jäsen");
        assertThatThrownBy(() -> votes.saveAndFlush(new Vote(round.getId(), voter, VoteChoice.REQUEST_CHANGES, null, Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(votes.findByRoundIdOrderByCastAt(round.getId())).singleElement()
                .satisfies(vote -> assertThat(vote.getChoice()).isEqualTo(VoteChoice.APPROVE));
    }

    @Test
    void aVoteAfterTheRoundClosedIsRefused() {
        Group group = fixtures.group(5);
        ProcessInstance instance = fixtures.submit(group, TWO_WEEKS);
        for (int i = 0; i < 3; i++) {
            actAs(userDetails, group.members().get(i));
            flow.vote(voteTask(instance, group.members().get(i)), VoteChoice.APPROVE, null);
        }
        ApprovalRound round = roundOf(instance);
        assertThat(round.getStatus()).isEqualTo(RoundStatus.CLOSED);

        String late = group.members().get(4);
        actAs(userDetails, late);
        assertRefused(() -> flow.vote(voteTask(instance, late), VoteChoice.REQUEST_CHANGES, "Myöhässä"), "approval.round.closed");
        assertThat(votes.findByRoundIdOrderByCastAt(round.getId())).hasSize(3);
    }

    @Test
    void aRequestForChangesMustSayWhatToChange() {
        Group group = fixtures.group(3);
        ProcessInstance instance = fixtures.submit(group, TWO_WEEKS);
        actAs(userDetails, group.members().get(0));
        assertThatThrownBy(() -> flow.vote(voteTask(instance, group.members().get(0)), VoteChoice.REQUEST_CHANGES, "  "))
                .isInstanceOf(fi.avustus.shared.ValidationFailedException.class);
        assertNothingVoted(roundOf(instance));
    }

    @Test
    void otherRolesCannotVoteAtAll() {
        Group group = fixtures.group(3);
        ProcessInstance instance = fixtures.submit(group, TWO_WEEKS);
        actAs(userDetails, "virkailija");
        assertThatThrownBy(() -> flow.vote(voteTask(instance, group.members().get(0)), VoteChoice.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void whereTheGroupKeepsVotesSecretAMemberSeesThemOnlyAfterVoting() {
        Group group = fixtures.group(4, Rule.standard().secretVotes());
        ProcessInstance instance = fixtures.submit(group, TWO_WEEKS);
        long roundId = roundOf(instance).getId();
        actAs(userDetails, group.members().get(0));
        flow.vote(voteTask(instance, group.members().get(0)), VoteChoice.REQUEST_CHANGES, "Mittarit puuttuvat");

        actAs(userDetails, group.members().get(1));
        RoundView before = approvals.view(roundId, FINNISH);
        assertThat(before.votesVisible()).isFalse();
        assertThat(before.votes()).isEmpty();
        assertThat(before.tally().votes().cast()).as("the count is no secret").isEqualTo(1);
        flow.vote(voteTask(instance, group.members().get(1)), VoteChoice.APPROVE, null);
        assertThat(approvals.view(roundId, FINNISH).votes()).extracting(CastVote::comment).contains("Mittarit puuttuvat");
    }

    @Test
    void withOpenVotesMembersSeeThemAtOnceAndTheCoordinatorWhenTheRoundIsClosed() {
        Group group = fixtures.group(3);
        ProcessInstance instance = fixtures.submit(group, TWO_WEEKS);
        long roundId = roundOf(instance).getId();
        actAs(userDetails, group.members().get(0));
        flow.vote(voteTask(instance, group.members().get(0)), VoteChoice.REQUEST_CHANGES, "Budjetti puuttuu");
        actAs(userDetails, group.members().get(1));
        assertThat(approvals.view(roundId, FINNISH).votes()).hasSize(1);

        String coordinator = fixtures.coordinator(group).username();
        actAs(userDetails, coordinator);
        assertThat(approvals.view(roundId, FINNISH).votesVisible()).as("not while the round runs").isFalse();
        actAs(userDetails, group.members().get(1));
        flow.vote(voteTask(instance, group.members().get(1)), VoteChoice.REQUEST_CHANGES, "Samaa mieltä");
        actAs(userDetails, coordinator);
        RoundView closed = approvals.view(roundId, FINNISH);
        assertThat(closed.round().outcome()).isEqualTo(ApprovalOutcome.CHANGES_REQUESTED);
        assertThat(closed.votes()).extracting(CastVote::comment).containsExactly("Budjetti puuttuu", "Samaa mieltä");
    }

    @Test
    void theChairFollowsWhoHasNotVotedOtherMembersDoNot() {
        Group group = fixtures.group(3);
        ProcessInstance instance = fixtures.submit(group, TWO_WEEKS);
        actAs(userDetails, group.chair());
        assertThat(approvals.chairedGroups()).extracting(GroupChoice::id).contains(group.id());
        assertThat(approvals.roundsInProgress(group.id(), FINNISH)).singleElement()
                .satisfies(view -> assertThat(view.notVotedYet()).hasSize(3));

        actAs(userDetails, group.members().get(1));
        assertThat(approvals.chairedGroups()).extracting(GroupChoice::id).doesNotContain(group.id());
        assertRefused(() -> approvals.roundsInProgress(group.id(), FINNISH), "notFound");
        assertThat(approvals.view(roundOf(instance).getId(), FINNISH).notVotedYet()).isEmpty();
    }

    private void assertNothingVoted(ApprovalRound round) {
        assertThat(votes.findByRoundIdOrderByCastAt(round.getId())).isEmpty();
        assertThat(rounds.findById(round.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.OPEN);
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }

    private ApprovalRound roundOf(ProcessInstance instance) {
        return rounds.findByProcessInstanceId(instance.getId()).orElseThrow();
    }

    private String voteTask(ProcessInstance instance, String member) {
        return SystemUser.call(() -> history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SteeringGroupApprovalProcess.Elements.VOTE).taskAssignee(member).singleResult().getId());
    }
}
