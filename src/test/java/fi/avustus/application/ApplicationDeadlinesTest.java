package fi.avustus.application;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.application.process.GrantApplicationFlow;
import fi.avustus.deadline.Deadline;
import fi.avustus.deadline.DeadlineFixtures;
import fi.avustus.deadline.DeadlineQuery;
import fi.avustus.deadline.DeadlineStatus;
import fi.avustus.deadline.DeadlineType;
import fi.avustus.deadline.Deadlines;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Completion requests and the closing of calls with drafts in them, in the deadline registry. */
@IntegrationTest
class ApplicationDeadlinesTest {

    @Autowired ApplicationContext context;
    @Autowired Deadlines deadlines;
    @Autowired Applications applications;
    @Autowired GrantApplicationFlow flow;
    @Autowired TaskService tasks;
    @Autowired UserDetailsService users;
    @Autowired Programmes programmes;
    @Autowired Calls calls;
    @Autowired Organisations organisations;
    @Autowired Clock clock;

    private DeadlineFixtures fixtures;
    private CallSummary call;

    @BeforeEach
    void aCallOfItsOwnProgramme() {
        fixtures = new DeadlineFixtures(context);
        call = ApplicationFixtures.openCall(users, programmes, calls, organisations, clock);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    /** The call's deadlines that the user sees. */
    private Map<String, Deadline> seenBy(String username) {
        actAs(users, username);
        Map<String, Deadline> found = DeadlineFixtures.byKey(deadlines.find(DeadlineQuery.all().inProgramme(call.programmeId())));
        SecurityContextHolder.clearContext();
        return found;
    }

    @Test
    void aCompletionRequestIsOpenUntilItsDateOverdueAfterItAndGoneOnceCompleted() {
        LocalDate today = fixtures.today();
        long open = ApplicationFixtures.submitted(users, applications, call.id());
        ApplicationFixtures.requestCompletion(users, tasks, flow, open, "Liitä talousarvion erittely.", today.plusDays(7));
        long late = fixtures.completionRequested(call.id(), today.minusDays(1));
        long dueToday = fixtures.completionRequested(call.id(), today);

        Map<String, Deadline> found = seenBy("virkailija");
        assertThat(found).containsOnlyKeys(key(open), key(late), key(dueToday));
        Deadline request = found.get(key(open));
        assertThat(request.type()).isEqualTo(DeadlineType.COMPLETION_REQUEST);
        assertThat(request.dueDate()).as("the date the official set").isEqualTo(today.plusDays(7));
        assertThat(request.status()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(request.owningRole()).isEqualTo(Role.APPLICANT);
        assertThat(request.route()).isEqualTo("applications/" + open);
        assertThat(request.title().key()).isEqualTo("deadline.title.completionRequest");
        assertThat(request.title().args()).containsExactly("Jatkuvan oppimisen verkosto");
        assertThat(found.get(key(late)).status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(found.get(key(dueToday)).status()).as("the whole day is still in time").isEqualTo(DeadlineStatus.OPEN);

        actAs(users, "hakija");
        applications.resubmitAfterCompletion(open);
        SecurityContextHolder.clearContext();
        assertThat(seenBy("virkailija")).containsOnlyKeys(key(late), key(dueToday));
    }

    @Test
    void aDraftHasItsCallsClosingTimeAsDeadlineUntilItIsSubmitted() {
        long draft = fixtures.draft("hakija", call.id(), null);

        Deadline closing = seenBy("admin").get("application:" + draft + ":call-closing");
        assertThat(closing.type()).isEqualTo(DeadlineType.CALL_CLOSING);
        assertThat(closing.dueAt()).isEqualTo(call.openUntil());
        assertThat(closing.status()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(closing.title().args()).as("an unnamed draft goes by its number").containsExactly("#" + draft);

        actAs(users, "hakija");
        applications.saveDraft(draft, ApplicationFixtures.completeForm(applications.find(draft).orElseThrow().content().getVersion()));
        applications.submit(draft);
        SecurityContextHolder.clearContext();
        assertThat(seenBy("admin")).doesNotContainKey("application:" + draft + ":call-closing");
    }

    @Test
    void anApplicantSeesOnlyTheirOwnOrganisationsDeadlines() {
        long ours = fixtures.draft("hakija", call.id(), null);
        long theirs = fixtures.draft("applicant", call.id(), null);
        String oursKey = "application:" + ours + ":call-closing";
        String theirsKey = "application:" + theirs + ":call-closing";

        assertThat(seenBy("hakija")).containsOnlyKeys(oursKey);
        assertThat(seenBy("applicant")).containsOnlyKeys(theirsKey);
        assertThat(seenBy("admin")).containsOnlyKeys(oursKey, theirsKey);
        assertThat(seenBy("paattaja")).as("a decision maker owns no deadlines and has no calendar").isEmpty();
        assertThat(seenBy("ohjausryhma")).as("a steering-group member sees their groups' rounds only").isEmpty();
    }

    private static String key(long applicationId) {
        return "application:" + applicationId + ":completion";
    }
}
