package fi.avustus.organisation;

/**
 * How a steering group decides: a quorum (more than {@code quorumPercent} of the eligible members
 * must vote) and a simple majority of approve against request-changes votes; abstentions count
 * for the quorum but not for the majority. A tie goes to the chair when {@code chairBreaksTies},
 * otherwise the proposal is not approved. This is data, not BPMN, so each group can differ.
 *
 * @param chairMayDecideWithoutQuorum when a deadline passes without a quorum, the chair may decide
 *                                    alone (otherwise the chair can only extend the deadline or send the document back)
 * @param votesSecretUntilVoted       a member sees the others' votes only after casting their own
 */
public record DecisionRule(int quorumPercent, boolean chairBreaksTies, boolean chairMayDecideWithoutQuorum,
                           boolean votesSecretUntilVoted) {

    public enum Outcome {
        APPROVED,
        CHANGES_REQUESTED,
        TIE_FOR_CHAIR,
        NO_QUORUM
    }

    /** Votes cast so far by eligible members (members with a conflict of interest do not vote). */
    public record Votes(int approve, int changes, int abstain) {

        public Votes {
            if (approve < 0 || changes < 0 || abstain < 0) {
                throw new IllegalArgumentException("negative vote count");
            }
        }

        public int cast() {
            return approve + changes + abstain;
        }
    }

    /** The outcome as the votes stand, and whether the votes still missing could change it. */
    public record Result(Outcome outcome, boolean canStillChange) {
    }

    public DecisionRule {
        if (quorumPercent < 0 || quorumPercent > 100) {
            throw new IllegalArgumentException("quorumPercent " + quorumPercent);
        }
    }

    /** A rule with no chair's authority without quorum and open votes. */
    public DecisionRule(int quorumPercent, boolean chairBreaksTies) {
        this(quorumPercent, chairBreaksTies, false, false);
    }

    /**
     * @param eligibleMembers members of the group minus those who declared a conflict of interest
     * @param votes           the votes those eligible members have cast
     */
    public Result evaluate(int eligibleMembers, Votes votes) {
        if (eligibleMembers < 0 || votes.cast() > eligibleMembers) {
            throw new IllegalArgumentException(votes + " from " + eligibleMembers + " eligible members");
        }
        int remaining = eligibleMembers - votes.cast();
        int lead = votes.approve() - votes.changes();
        boolean quorate = isQuorate(votes.cast(), eligibleMembers);
        Outcome now = quorate ? majority(lead) : Outcome.NO_QUORUM;
        if (remaining == 0) {
            return new Result(now, false);
        }
        if (!quorate) {
            // If everyone still missing votes, the quorum is always met, so the outcome is open.
            return new Result(now, true);
        }
        // The majority is monotone in the lead, so the two extremes bound every possible result.
        boolean settled = majority(lead + remaining) == now && majority(lead - remaining) == now;
        return new Result(now, !settled);
    }

    /**
     * More than the quorum percentage has voted. When every eligible member has voted the quorum
     * counts as met even at 100 %, since no more votes can come; with nobody eligible it never is.
     */
    boolean isQuorate(int cast, int eligibleMembers) {
        if (eligibleMembers == 0) {
            return false;
        }
        return cast == eligibleMembers || (long) cast * 100 > (long) quorumPercent * eligibleMembers;
    }

    private Outcome majority(int lead) {
        if (lead > 0) {
            return Outcome.APPROVED;
        }
        if (lead < 0) {
            return Outcome.CHANGES_REQUESTED;
        }
        return chairBreaksTies ? Outcome.TIE_FOR_CHAIR : Outcome.CHANGES_REQUESTED;
    }
}
