package fi.avustus.workflow;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import fi.avustus.security.Roles;
import fi.avustus.security.SystemUser;
import fi.avustus.security.Users;
import fi.avustus.shared.DomainException;
import fi.avustus.workflow.TaskInbox.InboxFilter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A task waiting for the applicants' group reaches only the applicants of the organisation whose
 * case it is: never another organisation's, and never anyone's when the process names no organisation.
 */
@IntegrationTest
class ApplicantTaskInboxTest {

    private static final String KEY = "applicant-inbox-test";
    private static final String TASK = "fixSomething";

    @Autowired TaskInbox inbox;
    @Autowired UserDetailsService userDetails;
    @Autowired Users users;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;

    private String ours;
    private String theirs;
    private String nobodys;

    @BeforeEach
    void threeCasesWaitForApplicants() {
        SystemUser.run(() -> {
            if (repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
                BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
                        .startEvent().userTask(TASK).camundaCandidateGroups(Roles.APPLICANT).endEvent().done();
                repository.createDeployment().addModelInstance(KEY + ".bpmn", model).deploy();
            }
        });
        long hakijas = organisationOf("hakija");
        long lappia = organisationOf("applicant");
        ours = start(Map.of(TaskInbox.ORGANISATION_ID, hakijas));
        theirs = start(Map.of(TaskInbox.ORGANISATION_ID, lappia));
        nobodys = start(Map.of());
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachApplicantSeesOnlyTheirOwnOrganisationsTasks() {
        actAs(userDetails, "hakija");
        assertThat(myTaskIds()).contains(ours).doesNotContain(theirs, nobodys);
        assertThatThrownBy(() -> inbox.claim(theirs)).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("task.gone"));
        inbox.claim(ours);
        assertThat(tasks.createTaskQuery().taskId(ours).singleResult().getAssignee()).isEqualTo("hakija");

        actAs(userDetails, "applicant");
        assertThat(myTaskIds()).contains(theirs).doesNotContain(ours, nobodys);

        actAs(userDetails, "virkailija");
        assertThat(myTaskIds()).as("staff are not in the applicants' group").doesNotContain(ours, theirs, nobodys);
    }

    private long organisationOf(String username) {
        return users.find(username).orElseThrow().organisationIds().iterator().next();
    }

    private String start(Map<String, Object> variables) {
        String instance = SystemUser.call(() -> runtime.startProcessInstanceByKey(KEY, variables).getId());
        return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private List<String> myTaskIds() {
        return inbox.tasks(InboxFilter.all()).stream().map(InboxTask::taskId).toList();
    }
}
