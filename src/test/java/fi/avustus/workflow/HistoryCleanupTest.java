package fi.avustus.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's history, which holds who did what in each case, is removed once its process
 * model's time to live has passed: every night within the configured window (docs/PRIVACY.md).
 */
@IntegrationTest
class HistoryCleanupTest {

    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired ManagementService management;

    @Test
    void cleanupRunsNightlyByRemovalTime() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(configuration.isEnforceHistoryTimeToLive()).isTrue();
    }

    @Test
    void aFinishedCaseWhoseTimeToLiveHasPassedLeavesNoHistory() {
        Deployment probe = repository.createDeployment().name("history-cleanup-probe")
                .addModelInstance("history-cleanup-probe.bpmn", Bpmn.createExecutableProcess("history-cleanup-probe")
                        .camundaHistoryTimeToLive(0).startEvent().receiveTask("wait").endEvent().done())
                .deploy();
        try {
            String finished = runtime.startProcessInstanceByKey("history-cleanup-probe", Map.of("applicant", "hakija")).getId();
            runtime.signal(runtime.createExecutionQuery().processInstanceId(finished).activityId("wait").singleResult().getId());
            String running = runtime.startProcessInstanceByKey("history-cleanup-probe").getId();
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(finished).count()).isOne();

            Job cleanup = history.cleanUpHistoryAsync(true);
            management.executeJob(cleanup.getId());

            assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(finished).count()).isZero();
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(finished).count()).isZero();
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(finished).count()).isZero();
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(running).count())
                    .as("a case still running keeps its history").isOne();
        } finally {
            repository.deleteDeployment(probe.getId(), true);
        }
    }
}
