package fi.avustus.workflow;

import java.time.Instant;

/**
 * A user task as the inbox shows it.
 *
 * @param caseId the business key: the id of the case (e.g. the application) the task is about
 * @param callId the call of the case, when the process has one (for filtering)
 * @param mine whether the current user has claimed it (otherwise it waits for one of their groups)
 */
public record InboxTask(String taskId, String processKey, String element, String caseId, Long callId,
                        String assignee, Instant created, Instant due, boolean mine) {

    public TaskType type() {
        return new TaskType(processKey, element);
    }

    /** Translation key of the task's name: {@code task.<process>.<element>}. */
    public String nameKey() {
        return type().nameKey();
    }
}
