package fi.avustus.application.process.ui;

import fi.avustus.application.process.GrantApplicationProcess;
import fi.avustus.workflow.InboxTask;
import fi.avustus.workflow.TaskViews;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The inbox opens grant-application tasks in {@link GrantTaskView}. */
@Component
class GrantTaskRoutes implements TaskViews {

    @Override
    public Optional<String> route(InboxTask task) {
        return GrantApplicationProcess.KEY.equals(task.processKey())
                ? Optional.of(GrantTaskView.ROUTE_PREFIX + task.taskId())
                : Optional.empty();
    }
}
