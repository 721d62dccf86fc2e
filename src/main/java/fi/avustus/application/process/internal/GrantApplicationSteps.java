package fi.avustus.application.process.internal;

import static fi.avustus.application.process.GrantApplicationProcess.Variables.ASSESSMENT_ID;
import static fi.avustus.application.process.GrantApplicationProcess.Variables.COMPLETION_DEADLINE;
import static fi.avustus.application.process.GrantApplicationProcess.Variables.COMPLETION_MESSAGE;
import static fi.avustus.application.process.GrantApplicationProcess.Variables.POSITIVE;
import static fi.avustus.application.process.GrantApplicationProcess.Variables.PRESENTER;
import static fi.avustus.application.process.GrantApplicationProcess.Variables.REVIEWER;
import static fi.avustus.application.process.internal.ProcessSteps.applicationId;
import static fi.avustus.application.process.internal.ProcessSteps.callId;
import static fi.avustus.application.process.internal.ProcessSteps.organisationId;

import fi.avustus.application.Applications;
import fi.avustus.application.CompletionReminderDue;
import fi.avustus.application.CompletionRequested;
import fi.avustus.review.Assessments;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Time;
import java.time.LocalDate;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The automatic steps of processes/grant-application.bpmn; each bean's name is the delegate
 * expression in the model. Steps run as the system user and change the case only through the
 * application and review facades, in the engine's transaction.
 */
@Configuration
class GrantApplicationSteps {

    /** Service task "Request completion": the applicant is told what to complete and by when. */
    @Bean
    JavaDelegate requestCompletion(Applications applications, ApplicationEventPublisher events) {
        return execution -> {
            Date deadline = (Date) execution.getVariable(COMPLETION_DEADLINE);
            LocalDate day = deadline.toInstant().atZone(Time.HELSINKI).toLocalDate();
            String message = (String) execution.getVariable(COMPLETION_MESSAGE);
            SystemUser.run(() -> applications.requestCompletion(applicationId(execution), message, day));
            events.publishEvent(new CompletionRequested(applicationId(execution), message, day));
        };
    }

    /** Non-interrupting timer "Reminder": the completion deadline is near and nothing has come. */
    @Bean
    JavaDelegate sendCompletionReminder(ApplicationEventPublisher events) {
        return execution -> events.publishEvent(new CompletionReminderDue(applicationId(execution),
                ((Date) execution.getVariable(COMPLETION_DEADLINE)).toInstant()));
    }

    /** Service task "Close as incomplete": the deadline passed without a completion. */
    @Bean
    JavaDelegate closeAsIncomplete(Applications applications) {
        return execution -> SystemUser.run(() -> applications.closeAsIncomplete(applicationId(execution)));
    }

    /** Service task "Start assessment". */
    @Bean
    JavaDelegate startAssessment(Applications applications) {
        return execution -> SystemUser.run(() -> applications.markInAssessment(applicationId(execution)));
    }

    /**
     * Task listener (create) on "Assess": the reviewer of this instance gets an assessment record;
     * a reviewer from the applicant's own organisation is refused by the review module.
     */
    @Bean
    TaskListener assignReviewer(Assessments assessments) {
        return task -> {
            long assessmentId = SystemUser.call(() -> assessments.assign(applicationId(task), callId(task),
                    Set.of(organisationId(task)), (String) task.getVariable(REVIEWER))).id();
            task.setVariableLocal(ASSESSMENT_ID, assessmentId);
        };
    }

    /** Service task "Start decision". */
    @Bean
    JavaDelegate startDecision(Applications applications) {
        return execution -> SystemUser.run(() -> applications.markInDecision(applicationId(execution)));
    }

    /** Task listener (complete) on "Propose decision": whoever proposed is the presenter. */
    @Bean
    TaskListener recordPresenter() {
        return task -> task.getExecution().setVariable(PRESENTER, task.getAssignee());
    }

    /**
     * Task listener (complete) on "Approve decision": the four-eyes rule, enforced by the engine
     * whatever the caller — the presenter can never approve their own proposal.
     */
    @Bean
    TaskListener fourEyesCheck() {
        return task -> {
            String presenter = (String) task.getVariable(PRESENTER);
            if (task.getAssignee() == null || task.getAssignee().equals(presenter)) {
                throw new DomainException("process.fourEyes");
            }
        };
    }

    /** Service task "Issue decision": the decision maker approved; the case gets its outcome. */
    @Bean
    JavaDelegate issueDecision(Applications applications) {
        return execution -> SystemUser.run(() -> applications.markDecided(applicationId(execution),
                Boolean.TRUE.equals(execution.getVariable(POSITIVE))));
    }
}
