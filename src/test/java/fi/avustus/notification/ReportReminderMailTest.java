package fi.avustus.notification;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.avustus.IntegrationTest;
import fi.avustus.notification.internal.OutboxMail;
import fi.avustus.notification.internal.OutboxMailRepository;
import fi.avustus.notification.internal.OutboxQueue;
import fi.avustus.payment.PaymentFixtures;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.Payments;
import fi.avustus.project.Projects;
import fi.avustus.report.process.ProjectReportingProcess;
import fi.avustus.review.Decisions;
import fi.avustus.review.ReviewFixtures;
import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import fi.avustus.security.UserSummary;
import fi.avustus.security.Users;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A report reminder from its timer to the inbox of a real SMTP server (GreenMail): each of the
 * organisation's applicants gets each reminder once, in their own language, with a link to the
 * report; sending again sends nothing twice.
 */
@IntegrationTest
class ReportReminderMailTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired ApplicationContext context;
    @Autowired UserDetailsService userDetails;
    @Autowired Decisions decisions;
    @Autowired Projects projects;
    @Autowired Payments payments;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired Users users;
    @Autowired OutboxQueue queue;
    @Autowired OutboxMailRepository outbox;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired MailSettings mailSettings;
    @Autowired Clock clock;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachReminderReachesEachApplicantOnceInTheirLanguage() throws Exception {
        ReviewFixtures fixtures = new ReviewFixtures(context);
        long organisationId = fixtures.organisationOf("sokande");
        long projectId = PaymentFixtures.decide(userDetails, decisions, projects, ReviewFixtures.proposal(
                ReviewFixtures.newApplicationId(), fixtures.call(), organisationId, "sv"));
        approveFirstInstalment(projectId);
        String processInstanceId = runtime.createProcessInstanceQuery().processDefinitionKey(ProjectReportingProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(projectId)).singleResult().getId();
        long reportId = ((Number) taskService.getVariable(taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(ProjectReportingProcess.Elements.SUBMIT_REPORT).singleResult().getId(),
                ProjectReportingProcess.Variables.REPORT_ID)).longValue();
        String link = mailSettings.link("reports/" + reportId + "/edit");
        List<UserSummary> applicants = SystemUser.call(() -> users.withRoleIn(Role.APPLICANT, organisationId)).stream()
                .filter(applicant -> applicant.email() != null).toList();
        assertThat(applicants).extracting(UserSummary::username).contains("sokande");

        management.executeJob(reminderTimer(processInstanceId).getId());
        OutboxDelivery.sender(queue, transactionManager, greenMail.getSmtp().getPort(), OutboxDelivery.settings(3, 500), clock)
                .sendAllDue();

        List<OutboxMail> thirtyDays = remindersWith(link);
        assertThat(thirtyDays).extracting(OutboxMail::getRecipient)
                .containsExactlyInAnyOrderElementsOf(applicants.stream().map(UserSummary::email).toList());
        OutboxMail toSokande = thirtyDays.stream().filter(mail -> mail.getLanguage().equals("sv")).findFirst().orElseThrow();
        MimeMessage received = OutboxDelivery.receivedOnce(greenMail.getReceivedMessages(), toSokande.getId());
        assertThat(received.getSubject()).contains("Redovisningen ska lämnas in senast 31.1.2027 (30 dagar kvar)");
        assertThat((String) received.getContent()).contains(link);

        // The second reminder is a mail of its own; nothing sent before goes again.
        management.executeJob(reminderTimer(processInstanceId).getId());
        OutboxDelivery.sender(queue, transactionManager, greenMail.getSmtp().getPort(), OutboxDelivery.settings(3, 500), clock)
                .sendAllDue();
        OutboxDelivery.sender(queue, transactionManager, greenMail.getSmtp().getPort(), OutboxDelivery.settings(3, 500), clock)
                .sendAllDue();

        List<OutboxMail> both = remindersWith(link);
        assertThat(both).hasSize(2 * applicants.size());
        Map<String, Long> receivedIds = OutboxDelivery.messageIds(greenMail.getReceivedMessages());
        assertThat(both).allSatisfy(mail -> {
            assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
            assertThat(receivedIds.get(OutboxDelivery.messageId(mail.getId()))).isEqualTo(1L);
        });
        assertThat(both).filteredOn(mail -> mail.getLanguage().equals("sv"))
                .extracting(OutboxMail::getSubject).anyMatch(subject -> subject.contains("(7 dagar kvar)"));
    }

    private void approveFirstInstalment(long projectId) {
        actAs(userDetails, "virkailija");
        PaymentSummary first = payments.ofProject(projectId).stream().filter(payment -> payment.sequence() == 1)
                .findFirst().orElseThrow();
        payments.approve(first.id(), first.version());
        SecurityContextHolder.clearContext();
    }

    private Job reminderTimer(String processInstanceId) {
        return management.createJobQuery().processInstanceId(processInstanceId).timers()
                .activityId(ProjectReportingProcess.Elements.REMINDER_DUE).singleResult();
    }

    private List<OutboxMail> remindersWith(String link) {
        return outbox.findAll().stream().filter(mail -> mail.getBody().contains(link)).toList();
    }
}
