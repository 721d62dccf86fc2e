package fi.avustus.approval;

import java.time.Instant;

/**
 * An approval round as lists and other modules see it.
 *
 * @param outcome  empty until the round is closed
 * @param decidedBy empty until the round is closed
 */
public record RoundSummary(long id, String documentType, long documentId, long documentVersionId, long steeringGroupId,
                           Instant deadline, RoundStatus status, ApprovalOutcome outcome, DecidedBy decidedBy,
                           Instant openedAt, Instant closedAt) {

    public boolean closed() {
        return status == RoundStatus.CLOSED;
    }
}
