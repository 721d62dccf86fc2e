package fi.avustus.application;

import java.time.LocalDate;

/** An official asked the applicant to complete the application by a deadline. */
public record CompletionRequested(long applicationId, String message, LocalDate deadline) {
}
