package fi.avustus.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import fi.avustus.organisation.Organisations;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Camunda and JPA share one data source and one transaction: they commit or roll back together. */
@IntegrationTest
class SharedTransactionTest {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    Organisations organisations;

    @BeforeEach
    void deployProbe() {
        TransactionProbeDelegates.organisations = organisations;
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("transaction-probe").count() == 0) {
            repositoryService.createDeployment().addClasspathResource("bpmn/transaction-probe.bpmn").deploy();
        }
    }

    @Test
    void failureAfterAJpaWriteRollsBackTheWriteAndTheProcess() {
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("transaction-probe", "rollback",
                Map.of("name", "Rollback Oy", "businessId", "1572860-0", "fail", true)))
                .hasMessageContaining("failure after the case data was written");

        assertThat(organisations.findByBusinessId("1572860-0")).as("case data").isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("rollback").count())
                .as("process instance").isZero();
    }

    @Test
    void withoutAFailureBothAreCommitted() {
        runtimeService.startProcessInstanceByKey("transaction-probe", "commit",
                Map.of("name", "Commit Oy", "businessId", "9000003-8", "fail", false));

        assertThat(organisations.findByBusinessId("9000003-8")).isPresent();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("commit").count()).isOne();
    }
}
