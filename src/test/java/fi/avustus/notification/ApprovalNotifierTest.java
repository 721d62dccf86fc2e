package fi.avustus.notification;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.approval.ApprovalFixtures;
import fi.avustus.approval.ApprovalFlow;
import fi.avustus.approval.ApprovalFixtures.Group;
import fi.avustus.approval.SteeringGroupApprovalProcess;
import fi.avustus.approval.VoteChoice;
import fi.avustus.security.SystemUser;
import fi.avustus.security.Users;
import java.time.Duration;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Members who have not voted get a reminder in their own language; those who voted get none. */
@IntegrationTest
class ApprovalNotifierTest {

    @Autowired ApprovalFixtures fixtures;
    @Autowired ManagementService management;
    @Autowired UserMessages messages;
    @Autowired Users users;
    @Autowired UserDetailsService userDetails;
    @Autowired ApprovalFlow flow;
    @Autowired TaskService tasks;

    @Test
    void theReminderReachesOnlyTheMembersWhoHaveNotVotedInTheirLanguage() {
        Group group = fixtures.group(3);
        String swedishSpeaker = group.members().get(2);
        SystemUser.run(() -> users.changeLocale(swedishSpeaker, "sv"));
        ProcessInstance instance = fixtures.submit(group, Duration.ofDays(14));
        String voter = group.members().get(0);
        actAs(userDetails, voter);
        flow.vote(tasks.createTaskQuery().processInstanceId(instance.getId()).taskAssignee(voter).singleResult().getId(),
                VoteChoice.APPROVE, null);

        Job reminder = management.createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId(SteeringGroupApprovalProcess.Elements.REMINDER_DUE).singleResult();
        management.executeJob(reminder.getId());

        actAs(userDetails, group.members().get(1));
        assertThat(messages.mine()).filteredOn(message -> message.key().equals("notification.voteReminder"))
                .singleElement().satisfies(message -> {
                    assertThat(message.link()).isEqualTo(ApprovalNotifier.APPROVALS_LINK);
                    assertThat(message.arguments().get(0)).startsWith("Testiasiakirja ");
                    assertThat(message.arguments().get(1)).matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4} \\d{2}:\\d{2}");
                });
        actAs(userDetails, swedishSpeaker);
        assertThat(messages.mine()).filteredOn(message -> message.key().equals("notification.voteReminder"))
                .singleElement().satisfies(message -> assertThat(message.arguments().get(0)).startsWith("Testdokument "));
        actAs(userDetails, group.members().get(0));
        assertThat(messages.mine()).noneMatch(message -> message.key().equals("notification.voteReminder"));
    }
}
