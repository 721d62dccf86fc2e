package fi.avustus.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import fi.avustus.security.Roles;
import fi.avustus.workflow.internal.InboxProjection;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The projection is written in the engine's transaction: visible inside it at once, gone with it
 * when it rolls back, and never written by a command that fails.
 */
@IntegrationTest
class InboxProjectionTransactionTest {

    private static final String PROCESS = "inbox-transaction-test";
    private static final String FAILING_PROCESS = "inbox-transaction-test-failing";

    @Autowired PlatformTransactionManager transactions;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired InboxProjection projection;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void deploy() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
            BpmnModelInstance waits = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent()
                    .userTask("wait").camundaCandidateGroups(Roles.OFFICIAL).endEvent().done();
            // The user task is created first, then the service task fails in the same command.
            BpmnModelInstance fails = Bpmn.createExecutableProcess(FAILING_PROCESS).camundaHistoryTimeToLive(1).startEvent()
                    .parallelGateway("fork").userTask("wait").camundaCandidateGroups(Roles.OFFICIAL).endEvent()
                    .moveToNode("fork").serviceTask("fail").camundaExpression("${noSuchBean.fail()}").endEvent().done();
            repository.createDeployment().addModelInstance(PROCESS + ".bpmn", waits)
                    .addModelInstance(FAILING_PROCESS + ".bpmn", fails).deploy();
        }
    }

    @Test
    void aRolledBackTransactionLeavesTheProjectionAsItWas() {
        String kept = taskOf(start(PROCESS, "kept-" + System.nanoTime()));
        Map<String, Object> before = row(kept);
        String rolledBack = "rolled-back-" + System.nanoTime();

        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            start(PROCESS, rolledBack);
            tasks.claim(kept, "virkailija");
            tasks.setDueDate(kept, Date.from(Instant.parse("2030-01-31T10:00:00Z")));
            assertThat(rowsOfCase(rolledBack)).as("written in the transaction, before it ends").isOne();
            assertThat(row(kept)).containsEntry("assignee", "virkailija");
            transaction.setRollbackOnly();
        });

        assertThat(rowsOfCase(rolledBack)).isZero();
        assertThat(row(kept)).isEqualTo(before);
        assertThat(projection.inconsistencies()).doesNotContain(kept);
    }

    @Test
    void aFailingCommandWritesNothing() {
        String failing = "failing-" + System.nanoTime();
        assertThatThrownBy(() -> start(FAILING_PROCESS, failing)).isInstanceOf(ProcessEngineException.class);
        assertThat(rowsOfCase(failing)).isZero();
    }

    private String start(String process, String businessKey) {
        return runtime.startProcessInstanceByKey(process, businessKey).getId();
    }

    private String taskOf(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    }

    private Map<String, Object> row(String taskId) {
        List<Map<String, Object>> rows = jdbc.queryForList("select task_id, process_key, element, business_key, assignee, "
                + "candidate_groups::text as candidate_groups, suspended, created, due_date from avustus.inbox_task where task_id = ?",
                taskId);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private int rowsOfCase(String businessKey) {
        return jdbc.queryForObject("select count(*) from avustus.inbox_task where business_key = ?", Integer.class, businessKey);
    }
}
