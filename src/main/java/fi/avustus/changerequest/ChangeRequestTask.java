package fi.avustus.changerequest;

/** The official's "decide change request" task with the request its screen shows. */
public record ChangeRequestTask(String taskId, long changeRequestId, String assignee) {
}
