package fi.avustus.workflow;

/** A kind of user task: one user task element of one process, e.g. grant-application's checkCompleteness. */
public record TaskType(String processKey, String element) {

    /** Translation key of the task's name: {@code task.<process>.<element>}. */
    public String nameKey() {
        return "task." + processKey + "." + element;
    }
}
