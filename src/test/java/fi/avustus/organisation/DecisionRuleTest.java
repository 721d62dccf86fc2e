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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** The rule as a table: each row is a group's rule, a count of votes and the expected result. */
    @ParameterizedTest(name = "{0} % quorum, chair breaks ties {1}: {3}-{4}-{5} of {2} eligible -> {6}, open {7}")
    @CsvSource(delimiter = '|', textBlock = """
            # quorum | casting | eligible | approve | changes | abstain | outcome           | open
            # quorum: more than the percentage must vote; abstentions count for it
              50     | true    | 6        | 3       | 0       | 0       | NO_QUORUM         | true
              50     | true    | 6        | 3       | 0       | 1       | APPROVED          | false
              50     | true    | 6        | 0       | 1       | 3       | CHANGES_REQUESTED | true
              66     | true    | 3        | 2       | 0       | 0       | APPROVED          | false
              67     | true    | 3        | 2       | 0       | 0       | NO_QUORUM         | true
              0      | true    | 5        | 0       | 0       | 0       | NO_QUORUM         | true
              100    | false   | 3        | 2       | 0       | 0       | NO_QUORUM         | true
              100    | false   | 3        | 2       | 0       | 1       | APPROVED          | false
            # majority of approve against request changes; abstentions do not count for it
              50     | true    | 7        | 2       | 1       | 4       | APPROVED          | false
              50     | true    | 7        | 1       | 2       | 4       | CHANGES_REQUESTED | false
              50     | false   | 5        | 1       | 0       | 4       | APPROVED          | false
            # ties: to the chair, or not an approval without a casting vote
              50     | true    | 6        | 3       | 3       | 0       | TIE_FOR_CHAIR     | false
              50     | false   | 6        | 3       | 3       | 0       | CHANGES_REQUESTED | false
              50     | true    | 4        | 1       | 1       | 2       | TIE_FOR_CHAIR     | false
              50     | true    | 5        | 2       | 2       | 0       | TIE_FOR_CHAIR     | true
            # early end: the missing votes cannot change the outcome
              50     | true    | 9        | 5       | 0       | 0       | APPROVED          | false
              50     | true    | 9        | 4       | 0       | 1       | APPROVED          | true
              50     | true    | 9        | 0       | 5       | 0       | CHANGES_REQUESTED | false
              50     | false   | 9        | 0       | 4       | 1       | CHANGES_REQUESTED | false
              50     | true    | 9        | 0       | 4       | 1       | CHANGES_REQUESTED | true
            # conflicts of interest are left out of the eligible count before the rule applies
              50     | true    | 2        | 2       | 0       | 0       | APPROVED          | false
              50     | true    | 0        | 0       | 0       | 0       | NO_QUORUM         | false
            """)
    void table(int quorumPercent, boolean chairBreaksTies, int eligible, int approve, int changes, int abstain,
               DecisionRule.Outcome outcome, boolean canStillChange) {
        assertThat(new DecisionRule(quorumPercent, chairBreaksTies).evaluate(eligible, votes(approve, changes, abstain)))
                .isEqualTo(new Result(outcome, canStillChange));
    }

    @Test
    void theProcedureSettingsDoNotChangeTheCount() {
        DecisionRule strict = new DecisionRule(50, true, true, true);
        assertThat(strict.evaluate(4, votes(2, 2, 0))).isEqualTo(half.evaluate(4, votes(2, 2, 0)));
        assertThat(half.chairMayDecideWithoutQuorum()).isFalse();
        assertThat(half.votesSecretUntilVoted()).isFalse();
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
