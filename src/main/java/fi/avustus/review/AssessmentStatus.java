package fi.avustus.review;

/** Where a reviewer's assessment of one application stands. */
public enum AssessmentStatus {
    /** Assigned to a reviewer; scoring starts once they have declared no conflict of interest. */
    ASSIGNED,
    /** The reviewer declared a conflict of interest and is out; the process assigns someone else. */
    CONFLICT_DECLARED,
    /** Scored and submitted; no longer changes. */
    SUBMITTED
}
