package fi.avustus.application;

/** The applicant answered a completion request with a new submitted version. */
public record ApplicationCompleted(long applicationId, int version) {
}
