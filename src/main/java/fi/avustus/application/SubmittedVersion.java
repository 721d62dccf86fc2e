package fi.avustus.application;

import java.time.Instant;

/** A frozen submission of an application: number 1 is the first submit, later ones answer completion requests. */
public record SubmittedVersion(int number, Instant submittedAt, String submittedBy) {
}
