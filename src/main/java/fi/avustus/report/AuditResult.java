package fi.avustus.report;

public enum AuditResult {
    NO_FINDINGS,
    /** Costs were found ineligible: they reduce the accepted costs the project is settled with. */
    FINDINGS
}
