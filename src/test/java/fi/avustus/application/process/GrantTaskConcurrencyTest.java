package fi.avustus.application.process;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.Concurrently;
import fi.avustus.Concurrently.Tally;
import fi.avustus.IntegrationTest;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.ApplicationStatus;
import fi.avustus.application.Applications;
import fi.avustus.application.process.GrantApplicationFlow.CompletenessCheck;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.security.SystemUser;
import fi.avustus.workflow.TaskInbox;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An official's completeness check sent many times at the same moment (a double click, several
 * tabs): the process moves on once, and every other attempt is told the task is already done.
 */
@IntegrationTest
class GrantTaskConcurrencyTest {

    private static final int CALLERS = 100;
    private static final String OFFICIAL = "virkailija";
    private static CallSummary call;

    @Autowired GrantApplicationFlow flow;
    @Autowired TaskInbox inbox;
    @Autowired Applications applications;
    @Autowired Programmes programmes;
    @Autowired Calls calls;
    @Autowired Organisations organisations;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private long applicationId;
    private String taskId;

    @BeforeEach
    void anApplicationWaitingForItsCheck() {
        if (call == null) {
            call = ApplicationFixtures.openCall(userDetails, programmes, calls, organisations, clock);
        }
        applicationId = ApplicationFixtures.submitted(userDetails, applications, call.id());
        SecurityContextHolder.clearContext();
        taskId = checkTask().getId();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anUnclaimedCheckSentManyTimesAtOnceMovesTheProcessOnce() throws Exception {
        assertMovedOnceWhenSentAtOnce("Unclaimed completeness check sent at once");
    }

    /** Claimed in the inbox first: no claim in between serialises the attempts, the completion alone must. */
    @Test
    void aClaimedCheckSentManyTimesAtOnceMovesTheProcessOnce() throws Exception {
        actAs(userDetails, OFFICIAL);
        inbox.claim(taskId);
        SecurityContextHolder.clearContext();

        assertMovedOnceWhenSentAtOnce("Claimed completeness check sent at once");
    }

    private void assertMovedOnceWhenSentAtOnce(String scenario) throws Exception {
        CompletenessCheck askForCompletion = new CompletenessCheck(false, List.of(), "Liitä talousarvion erittely.",
                LocalDate.now(clock).plusDays(14));

        Tally tally = Concurrently.as(userDetails, OFFICIAL).run(scenario, CALLERS,
                caller -> flow.completeCheck(taskId, askForCompletion));

        assertThat(tally.failures()).isEmpty();
        assertThat(tally.succeeded()).isEqualTo(1);
        assertThat(tally.refusals()).containsExactly(Map.entry("task.gone", CALLERS - 1));
        String processInstanceId = checkTaskInHistory().getProcessInstanceId();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(GrantApplicationProcess.Elements.CHECK_COMPLETENESS).finished().count())
                .as("checks done").isEqualTo(1);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(GrantApplicationProcess.Elements.AWAIT_COMPLETION).count())
                .as("completion requests").isEqualTo(1);
        assertThat(runtime.createExecutionQuery().processInstanceId(processInstanceId)
                .activityId(GrantApplicationProcess.Elements.AWAIT_COMPLETION).count())
                .as("waiting for the applicant").isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).count()).as("open tasks").isZero();
        assertThat(SystemUser.call(() -> applications.find(applicationId).orElseThrow().summary().status()))
                .isEqualTo(ApplicationStatus.COMPLETION_REQUESTED);
        String link = "applications/" + applicationId;
        assertThat(perRecipient("select message.username from avustus.user_message message", link))
                .as("messages to each applicant").isNotEmpty().containsOnly(1L);
        assertThat(perRecipient("select mail.recipient from avustus.mail_outbox mail join avustus.user_message message "
                + "on message.id = mail.user_message_id", link)).as("e-mails to each applicant").isNotEmpty().containsOnly(1L);
    }

    /** How many rows each recipient got about the completion request, by a query selecting one recipient a row. */
    private List<Long> perRecipient(String recipients, String link) {
        return jdbc.queryForList("select count(*) from (" + recipients + " where message.message_key = ? and message.link = ?"
                + ") sent (recipient) group by recipient", Long.class, "notification.completionRequested", link);
    }

    private Task checkTask() {
        return taskService.createTaskQuery().processDefinitionKey(GrantApplicationProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(applicationId))
                .taskDefinitionKey(GrantApplicationProcess.Elements.CHECK_COMPLETENESS).singleResult();
    }

    private HistoricTaskInstance checkTaskInHistory() {
        return history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    }
}
