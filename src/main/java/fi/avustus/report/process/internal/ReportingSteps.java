package fi.avustus.report.process.internal;

import static fi.avustus.report.process.ProjectReportingProcess.Variables.AUDIT_PENDING;
import static fi.avustus.report.process.ProjectReportingProcess.Variables.CONTENT_COMMENT;
import static fi.avustus.report.process.ProjectReportingProcess.Variables.ESCALATION_AT;
import static fi.avustus.report.process.ProjectReportingProcess.Variables.FINAL_REPORT;
import static fi.avustus.report.process.ProjectReportingProcess.Variables.FINANCES_COMMENT;
import static fi.avustus.report.process.ProjectReportingProcess.Variables.INSTALMENT_ID;
import static fi.avustus.report.process.ProjectReportingProcess.Variables.NEXT_REMINDER_AT;
import static fi.avustus.report.process.ProjectReportingProcess.Variables.PROJECT_ID;
import static fi.avustus.report.process.ProjectReportingProcess.Variables.RECLAIMED;
import static fi.avustus.report.process.ProjectReportingProcess.Variables.REPORTS;
import static fi.avustus.report.process.ProjectReportingProcess.Variables.REPORT_DUE_AT;
import static fi.avustus.report.process.ProjectReportingProcess.Variables.REPORT_ID;
import static fi.avustus.report.process.ProjectReportingProcess.Variables.RETURN_COMMENT;
import static fi.avustus.report.process.ProjectReportingProcess.Variables.RETURN_DUE;

import fi.avustus.payment.PaymentStatus;
import fi.avustus.project.Projects;
import fi.avustus.recovery.Recoveries;
import fi.avustus.recovery.Settlement;
import fi.avustus.report.Audits;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.Payments;
import fi.avustus.report.ReportKind;
import fi.avustus.report.ReportOverdue;
import fi.avustus.report.ReportReminderDue;
import fi.avustus.report.ReportReturned;
import fi.avustus.report.ReportSummary;
import fi.avustus.report.Reports;
import fi.avustus.report.process.ProjectReportingProcess.Beans;
import fi.avustus.report.process.LetterLanguages;
import fi.avustus.report.process.ReportingSchedules;
import fi.avustus.report.process.ReportingSchedule;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.Time;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The automatic steps of the project-reporting process; each bean's name is the delegate
 * expression in the model ({@link Beans}). They run in the engine's transaction, reading the
 * case data as the system user and changing it with the acting official's rights.
 */
@Configuration
class ReportingSteps {

    /** Start: the project's reports exist, one per due date, and the first instalment waits for approval. */
    @Bean(Beans.SCHEDULE_REPORTS)
    JavaDelegate scheduleReports(Reports reports, Payments payments) {
        return execution -> {
            long projectId = id(execution, PROJECT_ID);
            // The process makes the reports whoever's step started it; no person may call this on their own.
            execution.setVariable(REPORTS, new ArrayList<>(SystemUser.call(() -> reports.schedule(projectId))));
            execution.setVariable(INSTALMENT_ID, plannedInstalment(payments, projectId, 1));
        };
    }

    /** Each report's timers: the due date, the first reminder still ahead, and the escalation. */
    @Bean(Beans.SCHEDULE_REPORT)
    JavaDelegate scheduleReport(Reports reports, ReportingSchedules schedules, Clock clock) {
        return execution -> {
            ReportSummary report = report(reports, execution);
            ReportingSchedule schedule = schedules.of(report);
            execution.setVariableLocal(FINAL_REPORT, report.kind() == ReportKind.FINAL);
            execution.setVariableLocal(REPORT_DUE_AT, date(schedule.dueAt()));
            execution.setVariableLocal(NEXT_REMINDER_AT, schedule.nextReminderAfter(clock.instant()).map(ReportingSteps::date)
                    .orElse(null));
            execution.setVariableLocal(ESCALATION_AT, date(schedule.escalationAt()));
        };
    }

    /** A reminder's moment came: the applicant is told how many days are left, and the next reminder is set. */
    @Bean(Beans.REMIND_APPLICANT)
    JavaDelegate remindApplicant(Reports reports, ReportingSchedules schedules, ApplicationEventPublisher events, Clock clock) {
        return execution -> {
            ReportSummary report = report(reports, execution);
            ReportingSchedule schedule = schedules.of(report);
            Instant due = ((Date) execution.getVariable(NEXT_REMINDER_AT)).toInstant();
            events.publishEvent(new ReportReminderDue(report.id(), report.projectId(), report.organisationId(),
                    report.kind(), report.dueDate(), schedule.daysLeftAt(due)));
            // After this reminder's moment, or after now when the job ran late: never the same reminder twice.
            Instant after = due.isAfter(clock.instant()) ? due : clock.instant();
            execution.setVariable(NEXT_REMINDER_AT, schedule.nextReminderAfter(after).map(ReportingSteps::date).orElse(null));
        };
    }

    /** The report is overdue past the grace days: the administrators are told. */
    @Bean(Beans.ESCALATE_OVERDUE)
    JavaDelegate escalateOverdue(Reports reports, ApplicationEventPublisher events) {
        return execution -> {
            ReportSummary report = report(reports, execution);
            events.publishEvent(new ReportOverdue(report.id(), report.projectId(), report.organisationId(), report.kind(),
                    report.dueDate()));
        };
    }

    /**
     * An interim report accepted by its reviewer; the next instalment of the plan is released,
     * except the last, which waits for the final report.
     */
    @Bean(Beans.ACCEPT_REPORT)
    JavaDelegate acceptReport(Reports reports, Payments payments) {
        return execution -> {
            ReportSummary report = reports.accept(id(execution, REPORT_ID), null);
            List<PaymentSummary> plan = SystemUser.call(() -> payments.ofProject(report.projectId()));
            int next = report.sequence() + 1;
            execution.setVariable(INSTALMENT_ID, next < plan.size() ? plannedInstalment(payments, report.projectId(), next) : null);
        };
    }

    /** Returned for completion: the reviewers' comments go to the applicant with the new due date. */
    @Bean(Beans.RETURN_REPORT)
    JavaDelegate returnReport(Reports reports, ApplicationEventPublisher events) {
        return execution -> {
            String comment = Stream.of(RETURN_COMMENT, CONTENT_COMMENT, FINANCES_COMMENT)
                    .map(execution::getVariable).filter(Objects::nonNull).map(String::valueOf)
                    .collect(Collectors.joining("\n\n"));
            LocalDate due = ((Date) execution.getVariable(RETURN_DUE)).toInstant().atZone(Time.HELSINKI).toLocalDate();
            ReportSummary report = reports.returnForCompletion(id(execution, REPORT_ID), comment, due);
            // The next round of reviews starts without this round's comments.
            Stream.of(RETURN_COMMENT, CONTENT_COMMENT, FINANCES_COMMENT, RETURN_DUE).forEach(execution::removeVariable);
            events.publishEvent(new ReportReturned(report.id(), report.projectId(), report.organisationId(), report.kind(),
                    comment, due));
        };
    }

    /** Both checks of the final report passed; the settlement waits for an audit the report was picked for. */
    @Bean(Beans.ACCEPT_FINAL_REPORT)
    JavaDelegate acceptFinalReport(Reports reports, Audits audits) {
        return execution -> {
            ReportSummary report = reports.acceptFinal(id(execution, REPORT_ID));
            execution.setVariable(AUDIT_PENDING, audits.pending(report.projectId()));
        };
    }

    /**
     * The grant is settled against the accepted eligible costs (the final report's, less what an
     * audit found ineligible): unused funds above the programme's threshold are reclaimed; otherwise
     * what is still payable is left in one instalment to approve and the rest of the plan cancelled.
     */
    @Bean(Beans.SETTLE_FUNDS)
    JavaDelegate settleFunds(Reports reports, Audits audits, Recoveries recoveries, Payments payments,
                             LetterLanguages letterLanguages) {
        return execution -> SystemUser.run(() -> {
            long projectId = id(execution, PROJECT_ID);
            BigDecimal accepted = reports.acceptedCosts(projectId).subtract(audits.ineligibleCosts(projectId))
                    .max(BigDecimal.ZERO);
            Settlement settlement = recoveries.settle(projectId, accepted, letterLanguages.of(projectId));
            Optional<PaymentSummary> left = payments.settleRemaining(projectId, accepted);
            execution.setVariable(RECLAIMED, settlement.reclaimed());
            execution.setVariable(INSTALMENT_ID, settlement.reclaimed() ? null : left.map(PaymentSummary::id).orElse(null));
        });
    }

    /** Reports accepted and the funds settled: the project is closed for changes. */
    @Bean(Beans.CLOSE_PROJECT)
    JavaDelegate closeProject(Projects projects) {
        return execution -> SystemUser.run(() -> projects.close(id(execution, PROJECT_ID)));
    }

    private static ReportSummary report(Reports reports, DelegateExecution execution) {
        return SystemUser.call(() -> reports.find(id(execution, REPORT_ID)).orElseThrow());
    }

    /** The planned instalment with this place in the plan, if it is still to be approved. */
    private static Long plannedInstalment(Payments payments, long projectId, int sequence) {
        return SystemUser.call(() -> payments.ofProject(projectId)).stream()
                .filter(instalment -> instalment.sequence() == sequence && instalment.status() == PaymentStatus.PLANNED)
                .map(PaymentSummary::id).findFirst().orElse(null);
    }

    static long id(VariableScope scope, String variable) {
        return ((Number) scope.getVariable(variable)).longValue();
    }

    static Date date(Instant instant) {
        return Date.from(instant);
    }
}
