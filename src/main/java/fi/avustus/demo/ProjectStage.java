package fi.avustus.demo;

/** How far a demo project has come since its decision; each stage includes the ones before it. */
enum ProjectStage {

    /** An official approved the first instalment; it waits for the finance system to pay it. */
    FIRST_INSTALMENT_APPROVED,
    /** The administrator recorded the first instalment paid; the first report is being written. */
    FIRST_INSTALMENT_PAID,
    /** The applicant submitted the first report; it waits for an official's review. */
    INTERIM_REPORT_SUBMITTED,
    /**
     * The first report was the final one (a project without interim reports): it passed the
     * content and financial checks, the unused funds were reclaimed and repaid, and the project closed.
     */
    CLOSED;

    boolean reached(ProjectStage stage) {
        return compareTo(stage) >= 0;
    }
}
