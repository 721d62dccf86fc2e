package fi.avustus.workflow;

import static fi.avustus.application.process.GrantApplicationProcess.KEY;
import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fi.avustus.application.process.GrantApplicationProcess;
import fi.avustus.IntegrationTest;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.Applications;
import fi.avustus.application.process.GrantApplicationProcess.Elements;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.shared.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The inbox shows a group's task to its members only; a claimed task is the claimer's alone; it
 * narrows by call and task type and puts the soonest due first.
 */
@IntegrationTest
class TaskInboxTest {

    @Autowired TaskInbox inbox;
    @Autowired Applications applications;
    @Autowired UserDetailsService users;
    @Autowired Programmes programmes;
    @Autowired Calls calls;
    @Autowired Organisations organisations;
    @Autowired Clock clock;
    @Autowired TaskService taskService;

    private String caseId;
    private long callId;

    @BeforeEach
    void submitAnApplication() {
        callId = openCall();
        caseId = submit(callId);
    }

    private long openCall() {
        return ApplicationFixtures.openCall(users, programmes, calls, organisations, clock).id();
    }

    private String submit(long call) {
        return String.valueOf(ApplicationFixtures.submitted(users, applications, call));
    }

    /** A task of this application; a project's reporting task may have the same number as its case. */
    private boolean theApplicationsTask(InboxTask task) {
        return caseId.equals(task.caseId()) && GrantApplicationProcess.KEY.equals(task.processKey());
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void officialsSeeTheCheckApplicantsAndDecisionMakersDoNot() {
        assertThat(checkTask("virkailija")).isNotNull();
        assertThat(checkTask("arvioija1")).isNotNull();
        actAs(users, "hakija");
        assertThat(inbox.tasks(TaskInbox.InboxFilter.all())).noneMatch(this::theApplicationsTask);
        actAs(users, "paattaja");
        assertThat(inbox.tasks(TaskInbox.InboxFilter.all())).noneMatch(this::theApplicationsTask);
    }

    @Test
    void aClaimedTaskIsMineAndHiddenFromOthersUntilReleased() {
        InboxTask task = checkTask("virkailija");
        inbox.claim(task.taskId());
        assertThat(checkTask("virkailija").mine()).isTrue();
        assertThat(checkTask("arvioija1")).isNull();
        assertThatThrownBy(() -> inbox.claim(task.taskId())).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> inbox.unclaim(task.taskId())).isInstanceOf(DomainException.class);
        actAs(users, "virkailija");
        inbox.unclaim(task.taskId());
        assertThat(checkTask("arvioija1")).isNotNull();
    }

    @Test
    void filterByCallShowsOnlyThatCallsTasksWithTheirCases() {
        long otherCall = openCall();
        String otherCase = submit(otherCall);
        actAs(users, "virkailija");
        List<InboxTask> ofCall = inbox.tasks(new TaskInbox.InboxFilter(callId, Set.of()));
        assertThat(ofCall).extracting(InboxTask::caseId, InboxTask::callId).containsExactly(tuple(caseId, callId));
        assertThat(inbox.tasks(new TaskInbox.InboxFilter(otherCall, Set.of())))
                .extracting(InboxTask::caseId, InboxTask::callId).containsExactly(tuple(otherCase, otherCall));
        assertThat(inbox.tasks(new TaskInbox.InboxFilter(-1L, Set.of()))).isEmpty();
    }

    @Test
    void filterByTaskTypeMatchesProcessAndElement() {
        actAs(users, "virkailija");
        TaskType check = new TaskType(KEY, Elements.CHECK_COMPLETENESS);
        assertThat(inbox.tasks(new TaskInbox.InboxFilter(callId, Set.of(check)))).extracting(InboxTask::caseId)
                .containsExactly(caseId);
        assertThat(inbox.tasks(new TaskInbox.InboxFilter(null, Set.of(check)))).isNotEmpty()
                .allSatisfy(task -> assertThat(task.type()).isEqualTo(check));
        assertThat(inbox.tasks(new TaskInbox.InboxFilter(callId, Set.of(new TaskType(KEY, Elements.PROPOSE_DECISION),
                new TaskType("another-process", Elements.CHECK_COMPLETENESS))))).isEmpty();
    }

    @Test
    void tasksAreSortedByDueDateWithoutADueDateLastAndMineFirst() {
        String later = submit(callId);
        String sooner = submit(callId);
        String claimedWithoutDue = submit(callId);
        dueIn(caseId, null);
        dueIn(later, Duration.ofDays(9));
        dueIn(sooner, Duration.ofDays(2));
        dueIn(claimedWithoutDue, null);
        actAs(users, "virkailija");
        inbox.claim(taskOf(claimedWithoutDue).getId());
        assertThat(inbox.tasks(new TaskInbox.InboxFilter(callId, Set.of()))).extracting(InboxTask::caseId)
                .containsExactly(claimedWithoutDue, sooner, later, caseId);
    }

    @Test
    void taskTypesAreThoseTheUsersGroupsCanReceive() {
        actAs(users, "virkailija");
        assertThat(inbox.taskTypes()).contains(new TaskType(KEY, Elements.CHECK_COMPLETENESS),
                new TaskType(KEY, Elements.ASSESS)).doesNotContain(new TaskType(KEY, Elements.APPROVE_DECISION));
        actAs(users, "paattaja");
        assertThat(inbox.taskTypes()).contains(new TaskType(KEY, Elements.APPROVE_DECISION))
                .doesNotContain(new TaskType(KEY, Elements.CHECK_COMPLETENESS));
    }

    private Task taskOf(String application) {
        return taskService.createTaskQuery().processDefinitionKey(GrantApplicationProcess.KEY)
                .processInstanceBusinessKey(application).singleResult();
    }

    /** Sets the check task's due date, the way a process with a due-date expression would. */
    private void dueIn(String application, Duration within) {
        taskService.setDueDate(taskOf(application).getId(), within == null ? null : Date.from(clock.instant().plus(within)));
    }

    private InboxTask checkTask(String username) {
        actAs(users, username);
        return inbox.tasks(TaskInbox.InboxFilter.all()).stream()
                .filter(task -> caseId.equals(task.caseId()) && task.element().equals("checkCompleteness"))
                .findFirst().orElse(null);
    }
}
