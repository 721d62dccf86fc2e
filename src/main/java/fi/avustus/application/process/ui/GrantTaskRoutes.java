package fi.avustus.application.process.ui;

import fi.avustus.application.process.GrantApplicationProcess;
import fi.avustus.workflow.InboxTask;
import fi.avustus.workflow.TaskViews;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The inbox opens the grant-application tasks that {@link GrantTaskView} has a form for. */
@Component
class GrantTaskRoutes implements TaskViews {

    @Override
    public Optional<String> route(InboxTask task) {
        return GrantApplicationProcess.KEY.equals(task.processKey()) && GrantTaskView.hasForm(task.element())
                ? Optional.of(GrantTaskView.ROUTE_PREFIX + task.taskId())
                : Optional.empty();
    }
}
