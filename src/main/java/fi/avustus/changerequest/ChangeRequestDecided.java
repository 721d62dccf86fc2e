package fi.avustus.changerequest;

/**
 * A change request was decided: accepted automatically, or by an official (the decision letter is
 * written). An accepted extension has also published the project's {@code ProjectScheduleChanged}.
 */
public record ChangeRequestDecided(long changeRequestId, long projectId, long organisationId, ChangeRequestKind kind,
                                   ChangeRequestStatus status) {
}
