package fi.avustus.deadline;

/**
 * What kind of deadline it is. The calendar filters by it and shows it as
 * {@code deadline.type.<NAME>}; a module with a new kind of deadline adds its value here.
 */
public enum DeadlineType {
    /** An interim or final report of a funded project. */
    REPORT,
    /** An application returned to the applicant for completion. */
    COMPLETION_REQUEST,
    /** A call closes while the applicant still has a draft in it. */
    CALL_CLOSING,
    /** A steering group's members vote on a document by this time. */
    STEERING_GROUP_ROUND,
    /** A grant's usage period ends: costs after it are not eligible. */
    USAGE_PERIOD_END,
    /** A recovery claim is to be paid back. */
    RECOVERY_CLAIM;

    public String labelKey() {
        return "deadline.type." + name();
    }
}
