package fi.avustus.organisation;

import static fi.avustus.organisation.DecisionRule.Outcome.APPROVED;
import static fi.avustus.organisation.DecisionRule.Outcome.CHANGES_REQUESTED;
import static fi.avustus.organisation.DecisionRule.Outcome.NO_QUORUM;
import static fi.avustus.organisation.DecisionRule.Outcome.TIE_FOR_CHAIR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.organisation.DecisionRule.Result;
import fi.avustus.organisation.DecisionRule.Votes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DecisionRuleTest {

    private final DecisionRule half = new DecisionRule(50, true);
    private final DecisionRule halfNoCasting = new DecisionRule(50, false);

    private static Votes votes(int approve, int changes, int abstain) {
        return new Votes(approve, changes, abstain);
    }

    @Nested
    class Quorum {

        @Test
        void exactlyThePercentageIsNotEnough() {
            // 5 of 10 is 50 %, and more than 50 % must vote.
            assertThat(half.evaluate(10, votes(5, 0, 0))).isEqualTo(new Result(NO_QUORUM, true));
        }

        @Test
        void moreThanThePercentageIsEnough() {
            assertThat(half.evaluate(10, votes(6, 0, 0)).outcome()).isEqualTo(APPROVED);
        }

        @Test
        void abstentionsCountForTheQuorum() {
            assertThat(half.evaluate(10, votes(2, 1, 3)).outcome()).isEqualTo(APPROVED);
        }

        @Test
        void zeroPercentNeedsOneVote() {
            DecisionRule any = new DecisionRule(0, true);
            assertThat(any.evaluate(10, votes(0, 0, 0))).isEqualTo(new Result(NO_QUORUM, true));
            assertThat(any.evaluate(10, votes(0, 1, 0)).outcome()).isEqualTo(CHANGES_REQUESTED);
        }

        @Test
        void hundredPercentIsMetWhenEveryoneVoted() {
            DecisionRule all = new DecisionRule(100, true);
            assertThat(all.evaluate(4, votes(3, 0, 0))).isEqualTo(new Result(NO_QUORUM, true));
            assertThat(all.evaluate(4, votes(3, 0, 1))).isEqualTo(new Result(APPROVED, false));
        }

        @Test
        void withEveryoneConflictedThereIsNeverAQuorum() {
            assertThat(half.evaluate(0, votes(0, 0, 0))).isEqualTo(new Result(NO_QUORUM, false));
        }
    }

    @Nested
    class Majority {

        @Test
        void moreApprovalsApprove() {
            assertThat(half.evaluate(5, votes(3, 2, 0))).isEqualTo(new Result(APPROVED, false));
        }

        @Test
        void moreRequestsForChangesRequestChanges() {
            assertThat(half.evaluate(5, votes(1, 3, 1))).isEqualTo(new Result(CHANGES_REQUESTED, false));
        }

        @Test
        void aTieGoesToTheChairWhenTheRuleSaysSo() {
            assertThat(half.evaluate(4, votes(2, 2, 0))).isEqualTo(new Result(TIE_FOR_CHAIR, false));
        }

        @Test
        void aTieWithoutACastingVoteIsNotAnApproval() {
            assertThat(halfNoCasting.evaluate(4, votes(2, 2, 0))).isEqualTo(new Result(CHANGES_REQUESTED, false));
        }

        @Test
        void onlyAbstentionsAreATie() {
            assertThat(half.evaluate(3, votes(0, 0, 3))).isEqualTo(new Result(TIE_FOR_CHAIR, false));
        }
    }

    @Nested
    class RemainingVotes {

        @Test
        void aLeadLargerThanTheRemainingVotesIsSettled() {
            assertThat(half.evaluate(10, votes(6, 1, 0))).isEqualTo(new Result(APPROVED, false));
            assertThat(half.evaluate(10, votes(1, 6, 0))).isEqualTo(new Result(CHANGES_REQUESTED, false));
        }

        @Test
        void aLeadEqualToTheRemainingVotesCanStillBecomeATie() {
            assertThat(half.evaluate(10, votes(5, 1, 0))).isEqualTo(new Result(APPROVED, true));
        }

        @Test
        void withoutACastingVoteAReachableTieDoesNotReopenChangesRequested() {
            // 3 missing can at most make it 4-4, and a tie without a casting vote still requests changes.
            assertThat(halfNoCasting.evaluate(8, votes(1, 4, 0))).isEqualTo(new Result(CHANGES_REQUESTED, false));
            // With a casting vote the same tally is open: the chair could still decide the tie.
            assertThat(half.evaluate(8, votes(1, 4, 0))).isEqualTo(new Result(CHANGES_REQUESTED, true));
            // 4 missing could win it for approval.
            assertThat(halfNoCasting.evaluate(9, votes(1, 4, 0))).isEqualTo(new Result(CHANGES_REQUESTED, true));
        }

        @Test
        void aTieWithVotesMissingIsOpen() {
            assertThat(half.evaluate(7, votes(3, 3, 0))).isEqualTo(new Result(TIE_FOR_CHAIR, true));
        }

        @Test
        void anOpenQuorumIsOpen() {
            assertThat(half.evaluate(10, votes(0, 0, 0))).isEqualTo(new Result(NO_QUORUM, true));
        }
    }

    @Nested
    class Guards {

        @Test
        void quorumMustBeAPercentage() {
            assertThatThrownBy(() -> new DecisionRule(-1, true)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new DecisionRule(101, true)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void votesCannotBeNegative() {
            assertThatThrownBy(() -> votes(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void moreVotesThanEligibleMembersIsAnError() {
            assertThatThrownBy(() -> half.evaluate(2, votes(2, 1, 0))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> half.evaluate(-1, votes(0, 0, 0))).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
