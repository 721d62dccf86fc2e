package fi.avustus.approval;

import fi.avustus.organisation.DecisionRule;

/**
 * How a round stands: the decision rule applied to the votes so far.
 *
 * @param eligible   members who may vote (those with a conflict of interest and those removed
 *                   from the group before voting are not counted)
 * @param notVoted   eligible members who have not voted yet
 * @param quorumMet  whether enough members have voted for a decision
 */
public record Tally(int eligible, DecisionRule.Votes votes, int notVoted, boolean quorumMet,
                    DecisionRule.Result result) {
}
