package fi.avustus.changerequest.ui;

import fi.avustus.changerequest.ChangeRequestProcess;
import fi.avustus.workflow.InboxTask;
import fi.avustus.workflow.TaskViews;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The inbox opens an official's "decide change request" task on {@link ChangeRequestTaskView}. */
@Component
class ChangeRequestTaskRoutes implements TaskViews {

    @Override
    public Optional<String> route(InboxTask task) {
        return ChangeRequestProcess.KEY.equals(task.processKey()) && ChangeRequestProcess.Elements.DECIDE.equals(task.element())
                ? Optional.of(ChangeRequestTaskView.ROUTE_PREFIX + task.taskId())
                : Optional.empty();
    }
}
