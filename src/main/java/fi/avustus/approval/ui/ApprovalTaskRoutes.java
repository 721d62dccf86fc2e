package fi.avustus.approval.ui;

import fi.avustus.approval.SteeringGroupApprovalProcess;
import fi.avustus.approval.SteeringGroupApprovalProcess.Elements;
import fi.avustus.workflow.InboxTask;
import fi.avustus.workflow.TaskViews;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The task inbox opens a member's vote on the vote screen and the chair's tasks on the chair's screen. */
@Component
class ApprovalTaskRoutes implements TaskViews {

    @Override
    public Optional<String> route(InboxTask task) {
        if (!SteeringGroupApprovalProcess.KEY.equals(task.processKey())) {
            return Optional.empty();
        }
        return switch (task.element()) {
            case Elements.VOTE -> Optional.of(VoteView.ROUTE_PREFIX + task.taskId());
            case Elements.BREAK_TIE, Elements.RESOLVE_NO_QUORUM -> Optional.of(ChairTaskView.ROUTE_PREFIX + task.taskId());
            default -> Optional.empty();
        };
    }
}
