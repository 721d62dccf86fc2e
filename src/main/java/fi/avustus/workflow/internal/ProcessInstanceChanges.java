package fi.avustus.workflow.internal;

import fi.avustus.workflow.TaskInbox;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Notes the changes that reach a task's inbox row without any task event, from the history the
 * engine writes (history level audit or higher): a process instance's business key, suspension or
 * migration, its own call or organisation variable, and a task's migration.
 */
final class ProcessInstanceChanges implements HistoryEventHandler {

    private static final Set<String> PROJECTED_VARIABLES = Set.of(TaskInbox.CALL_ID, TaskInbox.ORGANISATION_ID);

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricProcessInstanceEventEntity instance) {
            InboxChanges.current().processInstance(instance.getProcessInstanceId());
        } else if (event instanceof HistoricTaskInstanceEventEntity task) {
            InboxChanges.current().task(task.getTaskId());
        } else if (event instanceof HistoricVariableUpdateEventEntity variable && ofProcessInstance(variable)
                && PROJECTED_VARIABLES.contains(variable.getVariableName())) {
            InboxChanges.current().processInstance(variable.getProcessInstanceId());
        }
    }

    /** A variable of the process instance itself, not of a sub-scope or a task. */
    private static boolean ofProcessInstance(HistoricVariableUpdateEventEntity variable) {
        return variable.getTaskId() == null && variable.getProcessInstanceId() != null
                && Objects.equals(variable.getExecutionId(), variable.getProcessInstanceId());
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }
}
