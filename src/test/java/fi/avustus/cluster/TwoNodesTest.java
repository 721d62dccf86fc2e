package fi.avustus.cluster;

import static fi.avustus.application.process.GrantApplicationProcess.Elements.AWAIT_COMPLETION;
import static fi.avustus.application.process.GrantApplicationProcess.Elements.CHECK_COMPLETENESS;
import static fi.avustus.application.process.GrantApplicationProcess.Elements.COMPLETION_REMINDER_DUE;
import static fi.avustus.application.process.GrantApplicationProcess.Elements.REQUEST_COMPLETION;
import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.ApplicationStatus;
import fi.avustus.application.Applications;
import fi.avustus.application.process.GrantApplicationFlow;
import fi.avustus.application.process.GrantApplicationProcess;
import fi.avustus.application.process.GrantApplicationProcess.Variables;
import fi.avustus.consistency.ConsistencyCheck;
import fi.avustus.consistency.ConsistencyReport;
import fi.avustus.database.EmbeddedDatabaseProperties;
import fi.avustus.database.EmbeddedDatabaseServer;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import fi.avustus.security.Users;
import fi.avustus.shared.Time;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes of the application on one PostgreSQL, as a Camunda 7 cluster runs: node A starts the
 * embedded database server, node B uses it as an external database, and each runs its own job
 * executor. What one node starts, the other carries on; timers that fall due together are
 * shared between the nodes, and each sends its reminder exactly once.
 * Not an {@code @IntegrationTest}: the shared test context keeps its job executor off and must
 * not see these nodes. The figures it prints are in docs/RELIABILITY.md.
 */
@Tag("cluster")
class TwoNodesTest {

    private static final int CASES_ACROSS_NODES = 20;
    private static final int TIMERS = 1000;
    // 68 s were measured on a heavily loaded build machine (docs/RELIABILITY.md); room for worse.
    private static final Duration REMINDERS_WITHIN = Duration.ofMinutes(5);
    private static final String COMPLETION_REQUESTED = "notification.completionRequested";
    private static final String COMPLETION_REMINDER = "notification.completionReminder";

    private static Node nodeA;
    private static Node nodeB;
    private static CallSummary call;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() {
        long started = System.nanoTime();
        nodeA = Node.start("nodeA");
        long startedA = System.nanoTime();
        EmbeddedDatabaseServer database = nodeA.bean(EmbeddedDatabaseServer.class);
        nodeB = Node.start("nodeB",
                "spring.datasource.url=" + database.jdbcUrl(nodeA.bean(EmbeddedDatabaseProperties.class).databaseName()),
                "spring.datasource.username=" + database.username());
        System.out.printf("TwoNodesTest: node A started in %d ms, node B in %d ms%n",
                (startedA - started) / 1_000_000, (System.nanoTime() - startedA) / 1_000_000);
        call = ApplicationFixtures.openCall(nodeA.bean(UserDetailsService.class), nodeA.bean(Programmes.class),
                nodeA.bean(Calls.class), nodeA.bean(Organisations.class), nodeA.bean(Clock.class));
        SecurityContextHolder.clearContext();
    }

    @AfterAll
    static void stopNodes() {
        // B first: A owns the database server.
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void processesStartedOnOneNodeMoveOnOnceWhenTheirTasksAreDoneOnTheOther() {
        List<Long> applicationIds = new ArrayList<>();
        for (int i = 0; i < CASES_ACROSS_NODES; i++) {
            applicationIds.add(ApplicationFixtures.submitted(nodeA.bean(UserDetailsService.class),
                    nodeA.bean(Applications.class), call.id()));
        }
        SecurityContextHolder.clearContext();
        LocalDate deadline = LocalDate.now(nodeB.bean(Clock.class).withZone(Time.HELSINKI)).plusDays(14);
        for (long applicationId : applicationIds) {
            ApplicationFixtures.requestCompletion(nodeB.bean(UserDetailsService.class), nodeB.bean(TaskService.class),
                    nodeB.bean(GrantApplicationFlow.class), applicationId, "Liitä talousarvion erittely.", deadline);
        }

        RuntimeService runtimeA = nodeA.bean(RuntimeService.class);
        HistoryService historyA = nodeA.bean(HistoryService.class);
        Applications applicationsA = nodeA.bean(Applications.class);
        long recipients = recipientsOf(applicationIds.get(0));
        Map<String, Long> requestsPerCase = ofCases(applicationIds, messagesPerCase(COMPLETION_REQUESTED));
        for (long applicationId : applicationIds) {
            String businessKey = String.valueOf(applicationId);
            String processInstanceId = runtimeA.createProcessInstanceQuery()
                    .processDefinitionKey(GrantApplicationProcess.KEY).processInstanceBusinessKey(businessKey)
                    .singleResult().getProcessInstanceId();
            assertThat(historyA.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                    .taskDefinitionKey(CHECK_COMPLETENESS).count()).as("check tasks of %s", businessKey).isEqualTo(1);
            assertThat(historyA.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                    .taskDefinitionKey(CHECK_COMPLETENESS).finished().count()).isEqualTo(1);
            assertThat(historyA.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                    .activityId(REQUEST_COMPLETION).count()).as("completion requests of %s", businessKey).isEqualTo(1);
            assertThat(runtimeA.createExecutionQuery().processInstanceId(processInstanceId)
                    .activityId(AWAIT_COMPLETION).count()).as("waiting for completion: %s", businessKey).isEqualTo(1);
            assertThat(SystemUser.call(() -> applicationsA.find(applicationId)).orElseThrow().summary().status())
                    .isEqualTo(ApplicationStatus.COMPLETION_REQUESTED);
            assertThat(requestsPerCase.get(link(applicationId))).as("completion requests told about %s", businessKey)
                    .isEqualTo(recipients);
        }
        assertThat(ofCases(applicationIds, mailsPerCase(COMPLETION_REQUESTED))).as("e-mails per case")
                .isEqualTo(requestsPerCase);
    }

    @Test
    void aThousandTimersFallingDueAtOnceSendAThousandRemindersOnceEachSharedByBothNodes() throws Exception {
        List<Long> applicationIds = casesWhoseRemindersAreDue();
        Instant due = Instant.now();
        long dueNanos = System.nanoTime();
        long firstNanos = 0;
        Map<String, Long> reminders = Map.of();
        while (System.nanoTime() - dueNanos < REMINDERS_WITHIN.toNanos()) {
            reminders = ofCases(applicationIds, messagesPerCase(COMPLETION_REMINDER));
            if (firstNanos == 0 && !reminders.isEmpty()) {
                firstNanos = System.nanoTime();
            }
            if (reminders.size() == TIMERS && dueRemindersLeft() == 0) {
                break;
            }
            Thread.sleep(100);
        }
        long allNanos = System.nanoTime();

        HistoryService history = nodeA.bean(HistoryService.class);
        long byA = history.createHistoricJobLogQuery().successLog().activityIdIn(COMPLETION_REMINDER_DUE)
                .hostname(nodeA.name()).count();
        long byB = history.createHistoricJobLogQuery().successLog().activityIdIn(COMPLETION_REMINDER_DUE)
                .hostname(nodeB.name()).count();
        long failures = history.createHistoricJobLogQuery().failureLog().activityIdIn(COMPLETION_REMINDER_DUE).count();
        System.out.printf("TwoNodesTest: %d timers due at %s; first reminder after %d ms, %d cases reminded after %d ms;"
                        + " jobs executed by node A %d, node B %d; failed executions %d%n",
                TIMERS, due, (firstNanos - dueNanos) / 1_000_000, reminders.size(), (allNanos - dueNanos) / 1_000_000,
                byA, byB, failures);

        long recipients = recipientsOf(applicationIds.get(0));
        assertThat(reminders).as("cases reminded").hasSize(TIMERS);
        assertThat(reminders.values()).as("reminders per case").containsOnly(recipients);
        assertThat(ofCases(applicationIds, mailsPerCase(COMPLETION_REMINDER))).as("e-mails per case")
                .isEqualTo(reminders);
        assertThat(dueRemindersLeft()).as("reminder timers still due").isZero();
        assertThat(byA + byB).as("reminder jobs executed").isEqualTo(TIMERS);
        assertThat(byA).as("reminder jobs executed by node A").isPositive();
        assertThat(byB).as("reminder jobs executed by node B").isPositive();
        assertThat(nodeA.bean(RuntimeService.class).createIncidentQuery().count()).as("incidents").isZero();
        ConsistencyReport report = SystemUser.call(nodeB.bean(ConsistencyCheck.class)::run);
        assertThat(report.clean()).as("consistency check %s", report).isTrue();
    }

    /**
     * A thousand applications waiting for their completion, as an official's completeness check
     * leaves them, whose reminder timers are all due: drafts through the applications facade and
     * processes started at "await completion" with the variables the check sets, all in one
     * transaction on node A, so that the timers appear to both nodes at its commit.
     */
    private static List<Long> casesWhoseRemindersAreDue() {
        Applications applications = nodeA.bean(Applications.class);
        RuntimeService runtime = nodeA.bean(RuntimeService.class);
        Instant now = nodeA.bean(Clock.class).instant();
        List<Long> applicationIds = new ArrayList<>();
        actAs(nodeA.bean(UserDetailsService.class), "hakija");
        new TransactionTemplate(nodeA.bean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            long organisationId = applications.eligibleOrganisations(call.id()).get(0).id();
            for (int i = 0; i < TIMERS; i++) {
                long applicationId = applications.startDraft(call.id(), organisationId);
                Map<String, Object> variables = new HashMap<>();
                variables.put(Variables.APPLICATION_ID, applicationId);
                variables.put(Variables.CALL_ID, call.id());
                variables.put(Variables.ORGANISATION_ID, organisationId);
                variables.put(Variables.ASSESS_AFTER_CLOSE, call.assessAfterClose());
                variables.put(Variables.CALL_CLOSES_AT, Date.from(call.openUntil()));
                variables.put(Variables.COMPLETION_MESSAGE, "Liitä talousarvion erittely.");
                variables.put(Variables.COMPLETION_DEADLINE, Date.from(now.plus(Duration.ofDays(3))));
                variables.put(Variables.COMPLETION_REMINDER_AT, Date.from(now));
                runtime.createProcessInstanceByKey(GrantApplicationProcess.KEY)
                        .businessKey(String.valueOf(applicationId)).setVariables(variables)
                        .startBeforeActivity(AWAIT_COMPLETION).execute();
                applicationIds.add(applicationId);
            }
        });
        SecurityContextHolder.clearContext();
        return applicationIds;
    }

    private static long dueRemindersLeft() {
        return nodeA.bean(ManagementService.class).createJobQuery().activityId(COMPLETION_REMINDER_DUE)
                .duedateLowerThan(new Date()).count();
    }

    private static long recipientsOf(long applicationId) {
        long organisationId = SystemUser.call(() -> nodeA.bean(Applications.class).find(applicationId))
                .orElseThrow().summary().organisationId();
        return SystemUser.call(() -> nodeA.bean(Users.class).withRoleIn(Role.APPLICANT, organisationId)).size();
    }

    /** The counts of the given cases only. */
    private static Map<String, Long> ofCases(List<Long> applicationIds, Map<String, Long> perCase) {
        Map<String, Long> ours = new HashMap<>();
        applicationIds.forEach(id -> {
            Long count = perCase.get(link(id));
            if (count != null) {
                ours.put(link(id), count);
            }
        });
        return ours;
    }

    /** In-app messages of one kind per case (the link names the case). */
    private static Map<String, Long> messagesPerCase(String messageKey) {
        return countPerLink("select link, count(*) as n from avustus.user_message where message_key = ? group by link",
                messageKey);
    }

    /** E-mail copies of in-app messages of one kind per case. */
    private static Map<String, Long> mailsPerCase(String messageKey) {
        return countPerLink("select message.link, count(*) as n from avustus.mail_outbox mail"
                + " join avustus.user_message message on message.id = mail.user_message_id"
                + " where message.message_key = ? group by message.link", messageKey);
    }

    private static Map<String, Long> countPerLink(String sql, String messageKey) {
        Map<String, Long> counts = new HashMap<>();
        nodeA.bean(JdbcTemplate.class).query(sql, row -> {
            counts.put(row.getString(1), row.getLong(2));
        }, messageKey);
        return counts;
    }

    private static String link(long applicationId) {
        return "applications/" + applicationId;
    }
}
