package fi.avustus.actionplan;

import fi.avustus.approval.ApprovalOutcome;

/** The steering group asked for changes or sent a version back: the coordinator organisation revises. */
public record DocumentReturned(long documentId, DocumentType type, long networkId, long coordinatorId, int year,
                               int versionNumber, ApprovalOutcome outcome) {
}
