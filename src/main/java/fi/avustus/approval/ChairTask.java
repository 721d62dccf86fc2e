package fi.avustus.approval;

import java.time.Instant;

/**
 * A task waiting for the chair of a group: a tie to break or a missing quorum to resolve.
 *
 * @param element {@link SteeringGroupApprovalProcess.Elements#BREAK_TIE} or
 *                {@link SteeringGroupApprovalProcess.Elements#RESOLVE_NO_QUORUM}
 */
public record ChairTask(String taskId, String element, long roundId, String documentTitle, String groupName,
                        Instant deadline) {
}
