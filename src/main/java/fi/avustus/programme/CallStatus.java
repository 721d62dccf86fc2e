package fi.avustus.programme;

/** Draft calls are invisible to applicants; publishing checks that the call is complete. */
public enum CallStatus {
    DRAFT,
    PUBLISHED
}
