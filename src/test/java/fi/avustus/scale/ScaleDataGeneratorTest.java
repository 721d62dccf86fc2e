package fi.avustus.scale;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.application.process.GrantApplicationProcess;
import fi.avustus.report.process.ProjectReportingProcess;
import fi.avustus.scale.ScaleDataGenerator.ProjectStage;
import fi.avustus.scale.ScaleDataGenerator.Stage;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The generator at its smallest size, so that it keeps working as the product changes: every
 * application reaches the stage its seed planned, and the processes wait where those stages wait.
 */
@IntegrationTest
class ScaleDataGeneratorTest {

    private static final long SEED = 20261123L;

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskService tasks;

    @Test
    void everyApplicationReachesItsPlannedStageThroughTheProcesses() throws Exception {
        ScaleDataGenerator.Result result = new ScaleDataGenerator(context, ScaleSize.SMOKE, SEED, 2).generate();

        Map<Stage, Integer> planned = ScaleDataGenerator.plannedStages(ScaleSize.SMOKE, SEED);
        assertThat(result.applications()).isEqualTo(planned);
        assertThat(planned.keySet()).contains(Stage.DRAFT, Stage.SUBMITTED, Stage.IN_ASSESSMENT, Stage.FUNDED);
        assertThat(result.organisations()).isEqualTo(ScaleSize.SMOKE.organisations());

        Map<String, Integer> statuses = countBy("select a.status, count(*) from avustus.application a"
                + " join avustus.organisation o on o.id = a.organisation_id where o.business_id like '8%' group by a.status");
        assertThat(statuses.getOrDefault("DRAFT", 0)).isEqualTo(planned.getOrDefault(Stage.DRAFT, 0));
        assertThat(statuses.getOrDefault("WITHDRAWN", 0)).isEqualTo(planned.getOrDefault(Stage.WITHDRAWN, 0));
        assertThat(statuses.getOrDefault("REJECTED", 0)).isEqualTo(planned.getOrDefault(Stage.REJECTED, 0));
        assertThat(statuses.getOrDefault("APPROVED", 0)).isEqualTo(planned.getOrDefault(Stage.FUNDED, 0));

        int funded = planned.getOrDefault(Stage.FUNDED, 0);
        assertThat(result.projects().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(funded);
        assertThat(tasks.createTaskQuery().processDefinitionKey(ProjectReportingProcess.KEY)
                .taskDefinitionKey(ProjectReportingProcess.Elements.REVIEW_REPORT).count())
                .isGreaterThanOrEqualTo(result.projects().getOrDefault(ProjectStage.REPORT_IN_REVIEW, 0));
        assertThat(tasks.createTaskQuery().processDefinitionKey(GrantApplicationProcess.KEY)
                .taskDefinitionKey(GrantApplicationProcess.Elements.CHECK_COMPLETENESS).count())
                .isGreaterThanOrEqualTo(planned.getOrDefault(Stage.SUBMITTED, 0));
    }

    private Map<String, Integer> countBy(String sql) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        jdbc.query(sql, row -> {
            counts.put(row.getString(1), row.getInt(2));
        });
        return counts;
    }
}
