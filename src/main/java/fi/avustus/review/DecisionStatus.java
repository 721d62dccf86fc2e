package fi.avustus.review;

/** Where a decision stands between the presenter and the decision maker. */
public enum DecisionStatus {
    /** Proposed by a presenter, waiting for a decision maker. */
    PROPOSED,
    /** Sent back to the presenter with a comment; proposing again makes it PROPOSED. */
    RETURNED,
    /** Approved by a decision maker other than the presenter; the letter exists and nothing changes any more. */
    APPROVED
}
