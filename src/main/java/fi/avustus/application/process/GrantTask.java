package fi.avustus.application.process;

/**
 * One user task of the grant-application process with the case ids its screen needs.
 *
 * @param assessmentId the reviewer's assessment, on "Assess" tasks
 * @param decisionId the proposal, on "Approve decision" tasks and on a returned proposal
 */
public record GrantTask(String taskId, String element, Long applicationId, Long callId, Long organisationId,
                        Long assessmentId, Long decisionId, String presenter, String returnComment) {
}
