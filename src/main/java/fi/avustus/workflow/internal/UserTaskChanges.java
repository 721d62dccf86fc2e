package fi.avustus.workflow.internal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Notes every change of every user task of every process for the inbox projection: creation,
 * (un)claiming, any update through the task service (due date, candidate groups, delegation...),
 * completion and deletion, also of a process instance that is cancelled. The listener is the
 * engine's built-in kind, so "skip custom listeners" (as Cockpit offers when cancelling an
 * instance) does not skip it.
 */
final class UserTaskChanges extends AbstractBpmnParseListener implements TaskListener {

    private static final List<String> EVENTS = List.of(EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT, EVENTNAME_UPDATE,
            EVENTNAME_COMPLETE, EVENTNAME_DELETE);

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        UserTaskActivityBehavior behavior = (UserTaskActivityBehavior) activity.getActivityBehavior();
        EVENTS.forEach(event -> behavior.getTaskDefinition().addBuiltInTaskListener(event, this));
    }

    @Override
    public void notify(DelegateTask task) {
        InboxChanges.current().task(task.getId());
    }
}
