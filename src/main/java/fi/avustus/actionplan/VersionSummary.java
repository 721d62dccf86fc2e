package fi.avustus.actionplan;

import fi.avustus.approval.ApprovalOutcome;
import java.time.Instant;

/**
 * A submitted, frozen version of a document.
 *
 * @param outcome  the steering group's outcome; null while the round is open
 * @param baseline whether this is the document's approved version in force
 */
public record VersionSummary(long id, int number, Instant submittedAt, String submittedBy, ApprovalOutcome outcome,
                             Long roundId, boolean baseline) {
}
