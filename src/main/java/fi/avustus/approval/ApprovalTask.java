package fi.avustus.approval;

/**
 * A user task of the approval process as its screen needs it.
 *
 * @param element one of {@link SteeringGroupApprovalProcess.Elements#VOTE},
 *                {@link SteeringGroupApprovalProcess.Elements#BREAK_TIE} or
 *                {@link SteeringGroupApprovalProcess.Elements#RESOLVE_NO_QUORUM}
 */
public record ApprovalTask(String taskId, String element, long roundId) {
}
