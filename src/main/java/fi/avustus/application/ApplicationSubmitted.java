package fi.avustus.application;

/** An application was submitted for the first time; its process starts. */
public record ApplicationSubmitted(long applicationId, long callId, long organisationId, int version) {
}
