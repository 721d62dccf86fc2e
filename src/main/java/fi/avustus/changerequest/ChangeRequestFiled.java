package fi.avustus.changerequest;

/**
 * An applicant filed a change request. One that needs an official's decision starts the
 * change-request process; one accepted automatically is already applied (and is followed by
 * {@link ChangeRequestDecided}).
 */
public record ChangeRequestFiled(long changeRequestId, long projectId, long organisationId, long callId,
                                 ChangeRequestKind kind, boolean automatic) {
}
