package fi.avustus.application;

/** The applicant withdrew the application before the decision; its process ends. */
public record ApplicationWithdrawn(long applicationId, String reason) {
}
