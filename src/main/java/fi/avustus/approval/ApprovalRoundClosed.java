package fi.avustus.approval;

/**
 * An approval round ended. Published synchronously in the transaction that closes the round, for
 * notifications and history; the document's own state change is driven by its calling process.
 */
public record ApprovalRoundClosed(long roundId, String documentType, long documentId, long documentVersionId,
                                  ApprovalOutcome outcome) {
}
