package fi.avustus.approval;

/** Who gave a closed round its outcome. */
public enum DecidedBy {
    VOTES,
    CHAIR_TIE_BREAK,
    /** The chair decided alone after the deadline passed without a quorum, as the group's rule allows. */
    CHAIR_AUTHORITY,
    CHAIR_SENT_BACK
}
