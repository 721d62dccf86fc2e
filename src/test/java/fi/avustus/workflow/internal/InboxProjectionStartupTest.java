package fi.avustus.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.security.Roles;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Start-up fills in the rows of tasks that the projection lacks, e.g. those older than the projection. */
@IntegrationTest
class InboxProjectionStartupTest {

    private static final String PROCESS = "inbox-startup-test";

    @Autowired InboxProjectionStartup startup;
    @Autowired InboxProjection projection;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aTaskWithoutARowGetsOneAtStartUp() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
            repository.createDeployment().addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
                    .camundaHistoryTimeToLive(1).startEvent().userTask("wait").camundaCandidateGroups(Roles.OFFICIAL)
                    .endEvent().done()).deploy();
        }
        String instance = runtime.startProcessInstanceByKey(PROCESS).getId();
        jdbc.update("delete from avustus.inbox_task where process_instance_id = ?", instance);
        assertThat(projection.countsAgree()).isFalse();

        startup.run(null);

        assertThat(projection.countsAgree()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from avustus.inbox_task where process_instance_id = ?",
                Integer.class, instance)).isOne();
    }
}
