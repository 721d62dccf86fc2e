package fi.avustus.approval;

/**
 * One version of a document under approval, as its module describes it.
 *
 * @param route the document page, for links (a Vaadin route such as "action-plans/12")
 */
public record ApprovableDocument(long documentId, long versionId, int versionNumber, long networkId,
                                 String title, String route) {
}
