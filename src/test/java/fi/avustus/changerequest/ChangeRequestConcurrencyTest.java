package fi.avustus.changerequest;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.Concurrently;
import fi.avustus.Concurrently.Tally;
import fi.avustus.IntegrationTest;
import fi.avustus.project.ProjectFixtures;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.security.SystemUser;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An extension decided by an official many times at the same moment (a double click, several
 * tabs): the project's schedule moves once, one decision letter is made, and every other attempt is
 * told the task is already done.
 */
@IntegrationTest
class ChangeRequestConcurrencyTest {

    private static final int CALLERS = 100;
    private static final int DAYS = 45;

    @Autowired ApplicationContext context;
    @Autowired ChangeRequests requests;
    @Autowired ChangeRequestFlow flow;
    @Autowired Projects projects;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired UserDetailsService users;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anExtensionDecidedManyTimesAtOnceMovesTheScheduleOnce() throws Exception {
        ProjectSummary project = ProjectFixtures.running(context, "hakija", "fi");
        actAs(users, "hakija");
        ChangeRequestSummary request = requests.file(project.id(), ChangeRequestForm.extension(
                project.usageEnd().plusDays(DAYS), "Koulutukset siirtyvät kevääseen."));
        SecurityContextHolder.clearContext();
        String processInstanceId = runtime.createProcessInstanceQuery().processDefinitionKey(ChangeRequestProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(request.id())).singleResult().getId();
        String taskId = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();

        Tally tally = Concurrently.as(users, "virkailija").run("Extension decided at once", CALLERS,
                caller -> flow.decide(taskId, ChangeDecision.accept("Perusteltu viivästys.")));

        assertThat(tally.failures()).isEmpty();
        assertThat(tally.succeeded()).isEqualTo(1);
        assertThat(tally.refusals()).containsExactly(Map.entry("task.gone", CALLERS - 1));
        assertThat(SystemUser.call(() -> projects.find(project.id()).orElseThrow().usageEnd()))
                .as("moved once").isEqualTo(project.usageEnd().plusDays(DAYS));
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(ChangeRequestProcess.Elements.DECIDE).finished().count()).as("decisions").isEqualTo(1);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(ChangeRequestProcess.Elements.ISSUE_DECISION).count()).as("letters issued").isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).as("running").isZero();
        assertThat(SystemUser.call(() -> requests.ofProject(project.id()))).filteredOn(listed -> listed.id() == request.id()).singleElement()
                .satisfies(decided -> assertThat(decided.status()).isEqualTo(ChangeRequestStatus.ACCEPTED));
    }
}
