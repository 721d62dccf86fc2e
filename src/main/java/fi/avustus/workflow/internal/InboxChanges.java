package fi.avustus.workflow.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * The tasks and process instances one engine command changed, written to the inbox projection
 * when the command ends: after the engine has written its own changes, on the same connection and
 * in the same transaction. The rows are then derived from the engine's tables as they are at the
 * end of the command, whichever listener changed what in which order.
 * <p>
 * The engine flushes a command's sessions newest first, so this one must be opened before the
 * engine's own: {@link Opening} opens it as the command starts. A change noted in a session opened
 * any other way would be written before the engine's and is refused.
 */
final class InboxChanges implements Session {

    private final InboxProjection projection;
    private final Set<String> taskIds = new LinkedHashSet<>();
    private final Set<String> processInstanceIds = new LinkedHashSet<>();
    private boolean openedFirst;

    private InboxChanges(InboxProjection projection) {
        this.projection = projection;
    }

    /** The changes of the current command. */
    static InboxChanges current() {
        InboxChanges changes = Context.getCommandContext().getSession(InboxChanges.class);
        if (!changes.openedFirst) {
            throw new IllegalStateException("The inbox projection's session was not opened first in the command: "
                    + "the engine's command executor lacks " + Opening.class.getName());
        }
        return changes;
    }

    void task(String taskId) {
        taskIds.add(taskId);
    }

    void processInstance(String processInstanceId) {
        processInstanceIds.add(processInstanceId);
    }

    @Override
    public void flush() {
        if (!taskIds.isEmpty() || !processInstanceIds.isEmpty()) {
            projection.refresh(List.copyOf(taskIds), List.copyOf(processInstanceIds));
            taskIds.clear();
            processInstanceIds.clear();
        }
    }

    @Override
    public void close() {
        // Nothing held: the projection writes through the transaction's own connection.
    }

    static final class Factory implements SessionFactory {

        private final InboxProjection projection;

        Factory(InboxProjection projection) {
            this.projection = projection;
        }

        @Override
        public Class<?> getSessionType() {
            return InboxChanges.class;
        }

        @Override
        public Session openSession() {
            return new InboxChanges(projection);
        }
    }

    /** Opens the session before the command runs, so that it is flushed after the engine's sessions. */
    static final class Opening extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            // A command run inside another one shares its context and finds the session open.
            if (!context.getSessions().containsKey(InboxChanges.class)) {
                boolean first = context.getSessions().isEmpty();
                context.getSession(InboxChanges.class).openedFirst = first;
            }
            return next.execute(command);
        }
    }
}
