package fi.avustus.workflow;

import java.util.Optional;

/**
 * Where a task is worked on. Modules that own a process provide this as a bean, so the inbox can
 * open their tasks without knowing their screens.
 */
public interface TaskViews {

    /** The route that opens this task, if this module handles it. */
    Optional<String> route(InboxTask task);
}
