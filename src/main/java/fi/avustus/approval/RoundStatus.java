package fi.avustus.approval;

/** Where an approval round is. */
public enum RoundStatus {
    /** Members vote. */
    OPEN,
    /** Voting ended with a tie or without a quorum: the chair acts. */
    AWAITING_CHAIR,
    /** The round has its outcome. */
    CLOSED
}
