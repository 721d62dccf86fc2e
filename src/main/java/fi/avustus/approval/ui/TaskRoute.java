package fi.avustus.approval.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import fi.avustus.approval.ApprovalFlow;
import fi.avustus.approval.ApprovalTask;
import fi.avustus.shared.DomainException;
import java.util.Set;

/**
 * The approval task a screen's route names. A task that is gone, not the user's to do, or of
 * another kind than the screen handles reads as "not found", so a guessed id reveals nothing.
 */
final class TaskRoute {

    private TaskRoute() {
    }

    static ApprovalTask taskOf(BeforeEnterEvent event, ApprovalFlow flow, Set<String> elements) {
        String taskId = event.getRouteParameters().get("taskId").orElseThrow(NotFoundException::new);
        ApprovalTask task;
        try {
            task = flow.task(taskId);
        } catch (DomainException gone) {
            throw new NotFoundException();
        }
        if (!elements.contains(task.element())) {
            throw new NotFoundException();
        }
        return task;
    }
}
