package fi.avustus.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * A bare Camunda engine beside the application's, on a database of its own in the same
 * PostgreSQL server (so with the same durability settings), with full history and the same id
 * generator; it runs the lifecycle's shape with no-op steps (benchmark/bare-lifecycle.bpmn).
 */
final class BareEngine implements AutoCloseable {

    static final String KEY = "bare-lifecycle";

    private final HikariDataSource dataSource;
    private final ProcessEngine engine;
    private final TaskService tasks;

    BareEngine(String jdbcUrl, String username, int poolSize) {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl);
        dataSource.setUsername(username);
        dataSource.setMaximumPoolSize(poolSize);
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare");
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setMetricsEnabled(false);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource("benchmark/bare-lifecycle.bpmn")
                .enableDuplicateFiltering(true).deploy();
        tasks = engine.getTaskService();
    }

    /** One lifecycle, each step finding its task by the case's business key as the application's screens do. */
    void lifecycle(String caseKey) {
        engine.getRuntimeService().startProcessInstanceByKey(KEY, caseKey);
        tasks.complete(task(caseKey, "checkCompleteness").singleResult().getId(),
                Map.of("complete", true, "reviewers", List.of("arvioija1", "arvioija2")));
        for (String reviewer : List.of("arvioija1", "arvioija2")) {
            tasks.complete(task(caseKey, "assess").taskAssignee(reviewer).singleResult().getId());
        }
        tasks.complete(task(caseKey, "proposeDecision").singleResult().getId());
        tasks.complete(task(caseKey, "approveDecision").singleResult().getId());
    }

    private TaskQuery task(String caseKey, String element) {
        return tasks.createTaskQuery().processDefinitionKey(KEY).processInstanceBusinessKey(caseKey)
                .taskDefinitionKey(element);
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
    }
}
