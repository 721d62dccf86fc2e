package fi.avustus.approval;

import java.time.Instant;
import java.util.List;

/**
 * An approval round as the current user may see it: the document, the tally, and the votes when
 * the group's secrecy rule allows (for a member who has voted, or when votes are open, or once
 * the round is closed).
 *
 * @param votesVisible  whether {@link #votes} holds the votes cast; otherwise it is empty
 * @param myVote        the current user's own vote, if they have cast one
 * @param notVotedYet   names of the eligible members who have not voted (for the chair and staff only; otherwise empty)
 * @param chairComment  the chair's reasoning on a tie-break, decision or sending back
 */
public record RoundView(RoundSummary round, String documentTitle, String documentRoute, String groupName,
                        Tally tally, boolean votesVisible, List<CastVote> votes, CastVote myVote,
                        List<String> notVotedYet, String chairComment, boolean chairMayDecideWithoutQuorum) {

    public RoundView {
        votes = List.copyOf(votes);
        notVotedYet = List.copyOf(notVotedYet);
    }

    public Instant deadline() {
        return round.deadline();
    }
}
