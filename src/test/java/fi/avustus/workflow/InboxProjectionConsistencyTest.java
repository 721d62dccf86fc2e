package fi.avustus.workflow;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.Applications;
import fi.avustus.application.process.GrantApplicationFlow;
import fi.avustus.application.process.GrantApplicationFlow.CompletenessCheck;
import fi.avustus.application.process.GrantApplicationProcess;
import fi.avustus.application.process.GrantApplicationProcess.Elements;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.security.Role;
import fi.avustus.security.Roles;
import fi.avustus.security.SystemUser;
import fi.avustus.security.UserSummary;
import fi.avustus.security.Users;
import fi.avustus.workflow.TaskInbox.InboxFilter;
import fi.avustus.workflow.internal.InboxProjection;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * After any mix of what happens to tasks (processes started, tasks claimed, released, completed,
 * due dates moved, candidate groups changed, instances suspended, withdrawn or deleted, a call or
 * case changed), every user's inbox read from the projection is exactly what the engine's task
 * queries give, and the projection equals its rebuild from the engine's tables.
 */
@IntegrationTest
class InboxProjectionConsistencyTest {

    private static final String APPLICANT_PROCESS = "inbox-consistency-applicant";

    @Autowired TaskInbox inbox;
    @Autowired InboxProjection projection;
    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired GrantApplicationFlow flow;
    @Autowired Applications applications;
    @Autowired Programmes programmes;
    @Autowired Calls calls;
    @Autowired Organisations organisations;
    @Autowired UserDetailsService userDetails;
    @Autowired Users users;
    @Autowired Clock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void afterAMixOfOperationsEveryInboxIsWhatTheEnginesTaskQueriesGive() {
        long call = ApplicationFixtures.openCall(userDetails, programmes, calls, organisations, clock).id();
        long otherCall = ApplicationFixtures.openCall(userDetails, programmes, calls, organisations, clock).id();
        List<Long> cases = List.of(submit(call), submit(call), submit(call), submit(call), submit(call), submit(call));
        long ofOtherCall = submit(otherCall);
        String ourApplicantTask = startApplicantProcess(organisationOf("hakija"));
        String theirApplicantTask = startApplicantProcess(organisationOf("applicant"));

        // Claimed, and claimed and released.
        actAs(userDetails, "virkailija");
        inbox.claim(checkTask(cases.get(0)).getId());
        actAs(userDetails, "arvioija1");
        inbox.claim(checkTask(cases.get(1)).getId());
        inbox.unclaim(checkTask(cases.get(1)).getId());
        actAs(userDetails, "hakija");
        inbox.claim(ourApplicantTask);

        // Completed: on to the reviewers' own assessment tasks once the call's timer has fired.
        actAs(userDetails, "virkailija");
        flow.completeCheck(checkTask(cases.get(2)).getId(), new CompletenessCheck(true, List.of("arvioija1", "arvioija2"), null, null));
        management.executeJob(management.createJobQuery().processInstanceId(instanceOf(cases.get(2))).timers()
                .activityId(Elements.CALL_CLOSED).singleResult().getId());

        // Due dates moved through the task service, one way and the other.
        taskService.setDueDate(checkTask(cases.get(3)).getId(), Date.from(clock.instant().plus(Duration.ofDays(3))));
        Task movedBySave = checkTask(cases.get(4));
        movedBySave.setDueDate(Date.from(clock.instant().plus(Duration.ofDays(1))));
        taskService.saveTask(movedBySave);

        // Offered to decision makers instead of officials.
        taskService.addCandidateGroup(checkTask(cases.get(3)).getId(), Roles.DECISION_MAKER);
        taskService.deleteCandidateGroup(checkTask(cases.get(3)).getId(), Roles.OFFICIAL);

        // Suspended; withdrawn by the applicant; deleted skipping custom listeners, as Cockpit offers.
        runtime.suspendProcessInstanceById(instanceOf(cases.get(1)));
        actAs(userDetails, "hakija");
        applications.withdraw(ofOtherCall, "Hanke peruttu");
        runtime.deleteProcessInstance(instanceOf(cases.get(5)), "test", true);

        // The case's call and number changed on the process instance.
        runtime.setVariable(instanceOf(cases.get(4)), TaskInbox.CALL_ID, otherCall);
        renameCase(taskService.createTaskQuery().taskId(theirApplicantTask).singleResult().getProcessInstanceId(),
                "renamed-" + theirApplicantTask);

        assertThat(projection.inconsistencies()).isEmpty();
        EngineTaskQueries engineQueries = new EngineTaskQueries(engine);
        for (UserSummary user : SystemUser.call(users::all)) {
            if (user.active() && !user.archived() && !user.roles().isEmpty()) {
                actAs(userDetails, user.username());
                for (Long callId : new Long[] {null, call, otherCall}) {
                    assertThat(inbox.tasks(new InboxFilter(callId, java.util.Set.of()), 0, Integer.MAX_VALUE / 2))
                            .as("inbox of %s, call %s", user.username(), callId)
                            .containsExactlyElementsOf(engineQueries.inbox(user, callId));
                }
            }
        }

        // The comparison covered what it should: each change shows in the inboxes.
        actAs(userDetails, "paattaja");
        assertThat(caseIds(call)).contains(String.valueOf(cases.get(3)));
        actAs(userDetails, "virkailija");
        assertThat(caseIds(call)).contains(String.valueOf(cases.get(0))).doesNotContain(String.valueOf(cases.get(1)),
                String.valueOf(cases.get(2)), String.valueOf(cases.get(3)), String.valueOf(cases.get(4)),
                String.valueOf(cases.get(5)));
        assertThat(caseIds(otherCall)).contains(String.valueOf(cases.get(4))).doesNotContain(String.valueOf(ofOtherCall));
        actAs(userDetails, "arvioija1");
        assertThat(inbox.tasks(new InboxFilter(call, java.util.Set.of()))).anyMatch(task -> task.mine()
                && task.caseId().equals(String.valueOf(cases.get(2))) && task.element().equals(Elements.ASSESS));
        actAs(userDetails, "applicant");
        assertThat(inbox.tasks(InboxFilter.all())).extracting(InboxTask::caseId).contains("renamed-" + theirApplicantTask);
    }

    @Test
    void reconcilingRepairsAProjectionChangedBehindTheEnginesBack() {
        long call = ApplicationFixtures.openCall(userDetails, programmes, calls, organisations, clock).id();
        String missing = checkTask(submit(call)).getId();
        String wrong = checkTask(submit(call)).getId();
        jdbc.update("delete from avustus.inbox_task where task_id = ?", missing);
        jdbc.update("update avustus.inbox_task set due_date = now(), call_id = -1 where task_id = ?", wrong);
        jdbc.update("insert into avustus.inbox_task select 'no-such-task', process_key, element, process_instance_id, "
                + "business_key, organisation_id, call_id, assignee, candidate_groups, suspended, created, due_date "
                + "from avustus.inbox_task where task_id = ?", wrong);

        assertThat(projection.inconsistencies()).containsExactlyInAnyOrder(missing, wrong, "no-such-task");
        InboxProjection.Reconciliation reconciliation = projection.reconcile();
        assertThat(reconciliation.removed()).isEqualTo(2);
        assertThat(reconciliation.added()).isEqualTo(2);
        assertThat(projection.inconsistencies()).isEmpty();
        assertThat(projection.reconcile().changedAnything()).isFalse();
    }

    private long submit(long call) {
        return ApplicationFixtures.submitted(userDetails, applications, call);
    }

    private List<String> caseIds(long call) {
        return inbox.tasks(new InboxFilter(call, java.util.Set.of())).stream().map(InboxTask::caseId).toList();
    }

    private Task checkTask(long application) {
        return taskService.createTaskQuery().processDefinitionKey(GrantApplicationProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(application)).taskDefinitionKey(Elements.CHECK_COMPLETENESS)
                .singleResult();
    }

    private String instanceOf(long application) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(GrantApplicationProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(application)).singleResult().getId();
    }

    /** What a delegate's {@code execution.setProcessBusinessKey} does; the engine's services have no call for it. */
    private void renameCase(String processInstanceId, String businessKey) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> {
                    context.getExecutionManager().findExecutionById(processInstanceId).setProcessBusinessKey(businessKey);
                    return null;
                });
    }

    private long organisationOf(String username) {
        return users.find(username).orElseThrow().organisationIds().iterator().next();
    }

    /** A task for the applicants of one organisation, like a network document's revision. */
    private String startApplicantProcess(long organisationId) {
        return SystemUser.call(() -> {
            if (repository.createProcessDefinitionQuery().processDefinitionKey(APPLICANT_PROCESS).count() == 0) {
                repository.createDeployment().addModelInstance(APPLICANT_PROCESS + ".bpmn",
                        Bpmn.createExecutableProcess(APPLICANT_PROCESS).camundaHistoryTimeToLive(1).startEvent()
                                .userTask("fix").camundaCandidateGroups(Role.APPLICANT.groupId()).endEvent().done())
                        .deploy();
            }
            String instance = runtime.startProcessInstanceByKey(APPLICANT_PROCESS, "case-" + organisationId,
                    Map.of(TaskInbox.ORGANISATION_ID, organisationId)).getId();
            return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        });
    }
}
