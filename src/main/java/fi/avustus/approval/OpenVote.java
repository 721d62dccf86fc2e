package fi.avustus.approval;

import java.time.Instant;

/** A vote waiting for the current member: the task to open, the document and by when. */
public record OpenVote(String taskId, long roundId, String documentTitle, String documentRoute, String groupName,
                       Instant deadline) {
}
