package fi.avustus.approval;

/**
 * How an approval round ended, as the calling process reads it from the {@code approvalOutcome}
 * variable (compare by name: {@code ${approvalOutcome == 'APPROVED'}}).
 */
public enum ApprovalOutcome {
    /** The version is approved (by the votes, the chair's tie-break or the chair's authority). */
    APPROVED,
    /** The owner revises the document and submits a new version. */
    CHANGES_REQUESTED,
    /** The chair sent the version back without a decision (no quorum by the deadline). */
    SENT_BACK
}
