package fi.avustus.actionplan;

/** The steering group approved a version: it is now the document's baseline. Tells the coordinator organisation. */
public record DocumentApproved(long documentId, DocumentType type, long networkId, long coordinatorId, int year,
                               int versionNumber) {
}
