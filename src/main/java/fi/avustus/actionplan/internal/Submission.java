package fi.avustus.actionplan.internal;

import fi.avustus.actionplan.DocumentType;

/**
 * A version just frozen by a submission, with what the process needs to send it to the group.
 *
 * @param revision whether it answers the steering group's request for changes (a revise task waits)
 */
public record Submission(long documentId, DocumentType type, long networkId, long versionId, int versionNumber,
                         String submittedBy, boolean revision) {
}
