package fi.avustus.report.process;

import static fi.avustus.report.process.ProjectReportingProcess.Elements.APPROVE_FINAL_INSTALMENT;
import static fi.avustus.report.process.ProjectReportingProcess.Elements.APPROVE_FIRST_INSTALMENT;
import static fi.avustus.report.process.ProjectReportingProcess.Elements.APPROVE_INSTALMENT;
import static fi.avustus.report.process.ProjectReportingProcess.Elements.CHECK_CONTENT;
import static fi.avustus.report.process.ProjectReportingProcess.Elements.CHECK_FINANCES;
import static fi.avustus.report.process.ProjectReportingProcess.Elements.REVIEW_REPORT;
import static fi.avustus.report.process.ProjectReportingProcess.Elements.SUBMIT_REPORT;

import fi.avustus.payment.InstalmentApproved;
import fi.avustus.project.ProjectCreated;
import fi.avustus.project.ProjectScheduleChanged;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.recovery.RecoveryClaimSettled;
import fi.avustus.report.AuditRecorded;
import fi.avustus.report.ReportSubmitted;
import fi.avustus.report.Reports;
import fi.avustus.report.process.ProjectReportingProcess.Variables;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Time;
import fi.avustus.shared.Validator;
import fi.avustus.workflow.TaskInbox;
import fi.avustus.workflow.TaskRaces;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The project-reporting process as the product uses it: started by a new project, moved by the
 * applicant's submitted reports, the officials' reviews and checks, and approved instalments.
 * Screens call this facade, never the engine; each call is one transaction with the case data.
 */
@Service
@Transactional
public class ReportingFlow {

    public static final int DEFAULT_COMPLETION_DAYS = 14;

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Projects projects;
    private final Reports reports;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TaskInbox inbox;
    private final ManagementService management;
    private final ReportingSchedules schedules;

    ReportingFlow(RuntimeService runtime, TaskService tasks, Projects projects, Reports reports, CurrentUser currentUser,
                  Clock clock, TaskInbox inbox, ManagementService management, ReportingSchedules schedules) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.projects = projects;
        this.reports = reports;
        this.currentUser = currentUser;
        this.clock = clock;
        this.inbox = inbox;
        this.management = management;
        this.schedules = schedules;
    }

    /**
     * A new project starts its reporting cycle when the decision's transaction is about to commit:
     * by then the payment plan's instalments exist, whichever listener made them.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    public void on(ProjectCreated created) {
        String businessKey = String.valueOf(created.projectId());
        if (runtime.createProcessInstanceQuery().processDefinitionKey(ProjectReportingProcess.KEY)
                .processInstanceBusinessKey(businessKey).count() > 0) {
            return;
        }
        ProjectSummary project = SystemUser.call(() -> projects.find(created.projectId()).orElseThrow());
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.PROJECT_ID, project.id());
        variables.put(Variables.CALL_ID, project.callId());
        variables.put(Variables.ORGANISATION_ID, project.organisationId());
        runtime.startProcessInstanceByKey(ProjectReportingProcess.KEY, businessKey, variables);
    }

    /** The applicant submitted the report the process waits for: its "submit" task is done. */
    @EventListener
    public void on(ReportSubmitted submitted) {
        Task task = tasks.createTaskQuery().processDefinitionKey(ProjectReportingProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(submitted.projectId())).taskDefinitionKey(SUBMIT_REPORT)
                .singleResult();
        if (task != null && Objects.equals(number(tasks.getVariable(task.getId(), Variables.REPORT_ID)), submitted.reportId())) {
            tasks.complete(task.getId());
        }
    }

    /** An instalment the process waits for was approved (on the payments screen): its task is done. */
    @EventListener
    public void on(InstalmentApproved approved) {
        tasks.createTaskQuery().processDefinitionKey(ProjectReportingProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(approved.projectId()))
                .taskDefinitionKeyIn(APPROVE_FIRST_INSTALMENT, APPROVE_INSTALMENT, APPROVE_FINAL_INSTALMENT).list().stream()
                .filter(task -> Objects.equals(number(tasks.getVariable(task.getId(), Variables.INSTALMENT_ID)),
                        approved.instalmentId()))
                .forEach(task -> tasks.complete(task.getId()));
    }

    /**
     * An extension moved the project's dates: the reports not yet in take the new due dates, and
     * the report waited for now has its reminder and escalation moved, pending timers included.
     */
    @EventListener
    public void on(ProjectScheduleChanged changed) {
        reports.moveDueDates(changed.projectId(), changed.interimReportsDue(), changed.finalReportDue());
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(ProjectReportingProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(changed.projectId())).singleResult();
        if (instance == null) {
            return;
        }
        for (VariableInstance dueAt : runtime.createVariableInstanceQuery().processInstanceIdIn(instance.getId())
                .variableName(Variables.REPORT_DUE_AT).list()) {
            String scope = dueAt.getExecutionId();
            long reportId = number(runtime.getVariable(scope, Variables.REPORT_ID));
            ReportingSchedule schedule = schedules.of(SystemUser.call(() -> reports.find(reportId).orElseThrow()));
            Date nextReminder = schedule.nextReminderAfter(clock.instant()).map(Date::from).orElse(null);
            runtime.setVariableLocal(scope, Variables.REPORT_DUE_AT, Date.from(schedule.dueAt()));
            runtime.setVariableLocal(scope, Variables.NEXT_REMINDER_AT, nextReminder);
            runtime.setVariableLocal(scope, Variables.ESCALATION_AT, Date.from(schedule.escalationAt()));
            if (nextReminder != null) {
                timers(instance, ProjectReportingProcess.Elements.REMINDER_DUE)
                        .forEach(timer -> management.setJobDuedate(timer.getId(), nextReminder));
            }
            timers(instance, ProjectReportingProcess.Elements.OVERDUE)
                    .forEach(timer -> management.setJobDuedate(timer.getId(), Date.from(schedule.escalationAt())));
            tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(SUBMIT_REPORT).list()
                    .forEach(task -> {
                        task.setDueDate(Date.from(schedule.dueAt()));
                        tasks.saveTask(task);
                    });
        }
    }

    private List<Job> timers(ProcessInstance instance, String element) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(element).list();
    }

    /** The audit the settlement waited for has its result. */
    @EventListener
    public void on(AuditRecorded recorded) {
        tasks.createTaskQuery().processDefinitionKey(ProjectReportingProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(recorded.projectId()))
                .taskDefinitionKey(ProjectReportingProcess.Elements.AWAIT_AUDIT).list()
                .forEach(task -> tasks.complete(task.getId()));
    }

    /** The recovery claim was paid or reduced to nothing: the project can close. */
    @EventListener
    public void on(RecoveryClaimSettled settled) {
        runtime.createMessageCorrelation(ProjectReportingProcess.Messages.RECOVERY_SETTLED)
                .processInstanceBusinessKey(String.valueOf(settled.projectId())).correlateAll();
    }

    /** The official's review of an interim report: accepted, or returned with what is missing and by when. */
    @PreAuthorize("hasRole('OFFICIAL')")
    public void review(String taskId, boolean accepted, String comment, LocalDate completionDue) {
        Task task = takeTask(taskId, REVIEW_REPORT);
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.REPORT_ACCEPTED, accepted);
        if (!accepted) {
            returning(variables, Variables.RETURN_COMMENT, comment, completionDue);
        }
        TaskRaces.step(() -> tasks.complete(task.getId(), variables));
    }

    /** The content check of a final report. */
    @PreAuthorize("hasRole('OFFICIAL')")
    public void checkContent(String taskId, boolean passed, String comment, LocalDate completionDue) {
        Task task = takeTask(taskId, CHECK_CONTENT);
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CONTENT_PASSED, passed);
        if (passed) {
            reports.passContentCheck(reportId(task));
        } else {
            returning(variables, Variables.CONTENT_COMMENT, comment, completionDue);
        }
        TaskRaces.step(() -> tasks.complete(task.getId(), variables));
    }

    /** The financial check of a final report: passed with the eligible costs it accepts, or failed. */
    @PreAuthorize("hasRole('OFFICIAL')")
    public void checkFinances(String taskId, boolean passed, BigDecimal acceptedCosts, String comment,
                              LocalDate completionDue) {
        Task task = takeTask(taskId, CHECK_FINANCES);
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.FINANCES_PASSED, passed);
        if (passed) {
            reports.passFinancialCheck(reportId(task), acceptedCosts, comment);
        } else {
            returning(variables, Variables.FINANCES_COMMENT, comment, completionDue);
        }
        TaskRaces.step(() -> tasks.complete(task.getId(), variables));
    }

    private void returning(Map<String, Object> variables, String commentVariable, String comment, LocalDate due) {
        LocalDate today = LocalDate.now(clock.withZone(Time.HELSINKI));
        LocalDate completionDue = due == null ? today.plusDays(DEFAULT_COMPLETION_DAYS) : due;
        new Validator().requiredText("comment", comment, Validator.TEXT_MAX)
                .check(completionDue.isAfter(today), "completionDue", "report.dueDate.past")
                .throwIfInvalid();
        variables.put(commentVariable, comment);
        variables.put(Variables.RETURN_DUE, Date.from(completionDue.atStartOfDay(Time.HELSINKI).toInstant()));
    }

    /** A task of this process as its screen needs it; refused when it is gone or someone else's. */
    @PreAuthorize("hasAnyRole('OFFICIAL', 'ADMIN')")
    @Transactional(readOnly = true)
    public ReportingTask task(String taskId) {
        String username = currentUser.requireUsername();
        Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(ProjectReportingProcess.KEY).singleResult();
        if (task == null || (task.getAssignee() != null && !task.getAssignee().equals(username))) {
            throw new DomainException("task.gone");
        }
        Map<String, Object> variables = tasks.getVariables(task.getId());
        return new ReportingTask(task.getId(), task.getTaskDefinitionKey(), number(variables.get(Variables.PROJECT_ID)),
                number(variables.get(Variables.REPORT_ID)), number(variables.get(Variables.INSTALMENT_ID)));
    }

    private Task takeTask(String taskId, String element) {
        return inbox.take(taskId, ProjectReportingProcess.KEY, element);
    }

    private long reportId(Task task) {
        return number(tasks.getVariable(task.getId(), Variables.REPORT_ID));
    }

    private static Long number(Object value) {
        return value instanceof Number number ? number.longValue() : null;
    }

    /** A task of the reporting process with the ids its screen shows. */
    public record ReportingTask(String id, String element, Long projectId, Long reportId, Long instalmentId) {
    }
}
