package fi.avustus.application;

/** Where an application is in its life; the grant-application process moves it along. */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    COMPLETION_REQUESTED,
    IN_ASSESSMENT,
    IN_DECISION,
    APPROVED,
    REJECTED,
    WITHDRAWN,
    CLOSED_INCOMPLETE;

    /** The applicant may still withdraw: no decision has been made and the case is not closed. */
    public boolean withdrawable() {
        return this == SUBMITTED || this == COMPLETION_REQUESTED || this == IN_ASSESSMENT || this == IN_DECISION;
    }

    public boolean editableByApplicant() {
        return this == DRAFT || this == COMPLETION_REQUESTED;
    }
}
