package fi.avustus.report;

/** Why a final report was picked for audit: chance, or one of the risks administrators look for. */
public enum AuditReason {
    RANDOM,
    /** The grant is at least the sampling's "large grant" sum. */
    LARGE_GRANT,
    /** The report came in after its due date. */
    LATE_REPORT,
    /** The reported costs differ from the grant by at least the sampling's percentage. */
    DEVIATION
}
