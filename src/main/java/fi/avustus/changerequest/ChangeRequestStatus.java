package fi.avustus.changerequest;

/** Where a change request stands; every status but PENDING is final. */
public enum ChangeRequestStatus {
    /** Waiting for an official's decision. */
    PENDING,
    /** Within the programme's rules for changes that need no decision: applied at once and logged. */
    ACCEPTED_AUTOMATICALLY,
    ACCEPTED,
    /** Accepted with other values than asked for, e.g. a shorter extension. */
    ACCEPTED_WITH_CHANGES,
    REJECTED;

    /** Whether the project changed. */
    public boolean accepted() {
        return this == ACCEPTED_AUTOMATICALLY || this == ACCEPTED || this == ACCEPTED_WITH_CHANGES;
    }

    /** Whether an official decided, so that a decision letter exists. */
    public boolean decidedByOfficial() {
        return this == ACCEPTED || this == ACCEPTED_WITH_CHANGES || this == REJECTED;
    }
}
