package fi.avustus.report;

/**
 * Where a report is: due (being written by the applicant), submitted (with the officials),
 * returned for completion (being written again) or accepted.
 */
public enum ReportStatus {
    DUE,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    /** Whether the applicant may still write it. */
    public boolean editable() {
        return this == DUE || this == RETURNED;
    }
}
