package fi.avustus.report.ui;

import fi.avustus.report.process.ProjectReportingProcess;
import fi.avustus.report.process.ProjectReportingProcess.Elements;
import fi.avustus.workflow.InboxTask;
import fi.avustus.workflow.TaskViews;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Where the inbox opens the reporting process's tasks: the applicant writes the report in its
 * editor, officials review and check on the task screen, instalments are approved on the
 * payments screen (approving completes the task).
 */
@Component
class ReportTaskRoutes implements TaskViews {

    private final TaskService tasks;

    ReportTaskRoutes(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public Optional<String> route(InboxTask task) {
        if (!ProjectReportingProcess.KEY.equals(task.processKey())) {
            return Optional.empty();
        }
        return switch (task.element()) {
            case Elements.SUBMIT_REPORT -> Optional.of("reports/"
                    + tasks.getVariable(task.taskId(), ProjectReportingProcess.Variables.REPORT_ID) + "/edit");
            case Elements.APPROVE_FIRST_INSTALMENT, Elements.APPROVE_INSTALMENT, Elements.APPROVE_FINAL_INSTALMENT ->
                    Optional.of("payments");
            default -> ReportingTaskView.hasScreen(task.element())
                    ? Optional.of(ReportingTaskView.ROUTE_PREFIX + task.taskId()) : Optional.empty();
        };
    }
}
