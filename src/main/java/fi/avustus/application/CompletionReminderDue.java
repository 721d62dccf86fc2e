package fi.avustus.application;

import java.time.Instant;

/** The completion deadline of an application is near and the applicant has not answered yet. */
public record CompletionReminderDue(long applicationId, Instant deadline) {
}
