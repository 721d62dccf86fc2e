package fi.avustus.approval;

/** A member's vote in an approval round. */
public enum VoteChoice {
    APPROVE,
    REQUEST_CHANGES,
    /** Counts for the quorum, not for the majority. */
    ABSTAIN,
    /** The member is excluded from the round: counts neither for the quorum nor for the majority. */
    CONFLICT_OF_INTEREST
}
