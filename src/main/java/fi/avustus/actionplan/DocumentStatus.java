package fi.avustus.actionplan;

/** Where a document stands: being written, with its steering group, back for changes, or approved. */
public enum DocumentStatus {
    DRAFT,
    IN_APPROVAL,
    CHANGES_REQUESTED,
    APPROVED;

    /** Whether the coordinator may change the draft: never while the group reviews it or once approved. */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
