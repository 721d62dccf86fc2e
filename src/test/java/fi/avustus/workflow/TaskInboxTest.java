package fi.avustus.workflow;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.Applications;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.shared.DomainException;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The inbox shows a group's task to its members only; a claimed task is the claimer's alone. */
@IntegrationTest
class TaskInboxTest {

    @Autowired TaskInbox inbox;
    @Autowired Applications applications;
    @Autowired UserDetailsService users;
    @Autowired Programmes programmes;
    @Autowired Calls calls;
    @Autowired Organisations organisations;
    @Autowired Clock clock;

    private String caseId;
    private long callId;

    @BeforeEach
    void submitAnApplication() {
        CallSummary call = ApplicationFixtures.openCall(users, programmes, calls, organisations, clock);
        callId = call.id();
        actAs(users, "hakija");
        long organisation = applications.eligibleOrganisations(call.id()).get(0).id();
        long id = applications.startDraft(call.id(), organisation);
        applications.saveDraft(id, ApplicationFixtures.completeForm(applications.find(id).orElseThrow().content().getVersion()));
        applications.submit(id);
        caseId = String.valueOf(id);
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
        assertThat(inbox.tasks(TaskInbox.InboxFilter.all())).noneMatch(task -> caseId.equals(task.caseId()));
        actAs(users, "paattaja");
        assertThat(inbox.tasks(TaskInbox.InboxFilter.all())).noneMatch(task -> caseId.equals(task.caseId()));
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
    void filterByCall() {
        actAs(users, "virkailija");
        List<InboxTask> ofCall = inbox.tasks(new TaskInbox.InboxFilter(callId, null));
        assertThat(ofCall).isNotEmpty().allSatisfy(task -> assertThat(task.callId()).isEqualTo(callId));
        assertThat(inbox.tasks(new TaskInbox.InboxFilter(-1L, null))).isEmpty();
    }

    private InboxTask checkTask(String username) {
        actAs(users, username);
        return inbox.tasks(TaskInbox.InboxFilter.all()).stream()
                .filter(task -> caseId.equals(task.caseId()) && task.element().equals("checkCompleteness"))
                .findFirst().orElse(null);
    }
}
