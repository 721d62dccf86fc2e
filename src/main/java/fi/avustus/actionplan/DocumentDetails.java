package fi.avustus.actionplan;

import java.util.List;

/**
 * One document as its page and editor show it to the current user.
 *
 * @param content      the draft for those who may read it, otherwise the latest submitted version's content
 * @param showsDraft   whether {@code content} is the draft being written
 * @param lockVersion  the draft's version for optimistic locking: a save names the one it started from
 * @param editable     whether the current user may change the draft now
 * @param revisable    whether the current user may start a new revision of the approved version
 */
public record DocumentDetails(DocumentSummary summary, DocumentContent content, boolean showsDraft, long lockVersion,
                              boolean editable, boolean revisable, List<VersionSummary> versions) {

    public DocumentDetails {
        versions = List.copyOf(versions);
    }

    public long id() {
        return summary.id();
    }
}
