package fi.avustus.approval.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.avustus.approval.ApprovalFixtures;
import fi.avustus.approval.ApprovalFixtures.Group;
import fi.avustus.approval.ApprovalFixtures.Rule;
import fi.avustus.approval.ApprovalFlow;
import fi.avustus.approval.ApprovalOutcome;
import fi.avustus.approval.Approvals;
import fi.avustus.approval.CastVote;
import fi.avustus.approval.MeetingSummary;
import fi.avustus.approval.OpenVote;
import fi.avustus.approval.RoundStatus;
import fi.avustus.approval.SteeringGroupApprovalProcess;
import fi.avustus.approval.SteeringGroupApprovalProcess.EscalationAction;
import fi.avustus.approval.TestDocuments;
import fi.avustus.approval.VoteChoice;
import fi.avustus.approval.internal.ApprovalRoundRepository;
import fi.avustus.approval.internal.VoteRepository;
import fi.avustus.security.SystemUser;
import fi.avustus.ui.UiTest;
import fi.avustus.workflow.InboxTask;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The approval screens in a mocked browser, as members, chairs and staff use them. */
class ApprovalViewsTest extends UiTest {

    private static final Duration TWO_WEEKS = Duration.ofDays(14);

    @Autowired ApprovalFixtures fixtures;
    @Autowired ApprovalFlow flow;
    @Autowired Approvals approvals;
    @Autowired UserDetailsService userDetails;
    @Autowired HistoryService history;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired ApprovalRoundRepository rounds;
    @Autowired VoteRepository votes;

    @Test
    void aMemberFindsTheVoteInTheInboxAndVotesWithTheReasonForChanges() {
        Group group = fixtures.group(3);
        ProcessInstance instance = fixtures.submit(group, TWO_WEEKS);
        String member = group.members().get(1);
        login(member);
        UI.getCurrent().navigate(MyVotesView.class);
        @SuppressWarnings("unchecked")
        Grid<OpenVote> inbox = _get(Grid.class, spec -> spec.withId("open-votes"));
        assertThat(GridKt._size(inbox)).isEqualTo(1);
        assertThat(GridKt._get(inbox, 0).documentTitle()).startsWith("Testiasiakirja ");

        UI.getCurrent().navigate(VoteView.ROUTE_PREFIX + voteTask(instance, member));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<VoteChoice> choice = _get(RadioButtonGroup.class, spec -> spec.withId("choice"));
        _setValue(choice, VoteChoice.REQUEST_CHANGES);
        _click(_get(Button.class, spec -> spec.withId("cast-vote")));
        TextArea comment = _get(TextArea.class, spec -> spec.withId("comment"));
        assertThat(comment.isInvalid()).as("changes need a reason").isTrue();
        assertThat(status(instance)).isEqualTo(RoundStatus.OPEN);
        assertThat(voteCount(instance)).isZero();

        _setValue(comment, "Lisää toimintalinjoille vastuuhenkilöt.");
        _click(_get(Button.class, spec -> spec.withId("cast-vote")));
        assertThat(voteCount(instance)).isEqualTo(1);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("approvals");
        _assertNone(Grid.class, spec -> spec.withId("open-votes"));
    }

    @Test
    void theTaskInboxOpensVotesAndChairTasksOnTheirScreens() {
        ApprovalTaskRoutes routes = new ApprovalTaskRoutes();
        assertThat(routes.route(inboxTask(SteeringGroupApprovalProcess.Elements.VOTE))).contains("approvals/vote/t1");
        assertThat(routes.route(inboxTask(SteeringGroupApprovalProcess.Elements.BREAK_TIE))).contains("approvals/chair/t1");
        assertThat(routes.route(inboxTask(SteeringGroupApprovalProcess.Elements.RESOLVE_NO_QUORUM))).contains("approvals/chair/t1");
        assertThat(routes.route(new InboxTask("t1", "grant-application", "assess", "1", null, null, Instant.now(), null, true)))
                .isEmpty();
    }

    @Test
    void theChairBreaksATieOnTheChairsScreen() {
        Group group = fixtures.group(2);
        ProcessInstance instance = fixtures.submit(group, TWO_WEEKS);
        vote(instance, group.members().get(0), VoteChoice.APPROVE, null);
        vote(instance, group.members().get(1), VoteChoice.REQUEST_CHANGES, "Ei vielä valmis.");
        String task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

        login(group.chair());
        UI.getCurrent().navigate(MyVotesView.class);
        _get(Grid.class, spec -> spec.withId("chair-tasks"));
        UI.getCurrent().navigate(ChairTaskView.ROUTE_PREFIX + task);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ApprovalOutcome> decision = _get(RadioButtonGroup.class, spec -> spec.withId("decision"));
        _setValue(decision, ApprovalOutcome.CHANGES_REQUESTED);
        _setValue(_get(TextArea.class, spec -> spec.withId("comment")), "Muutokset tehtävä ennen hyväksyntää.");
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(rounds.findByProcessInstanceId(instance.getId()).orElseThrow().getOutcome())
                .isEqualTo(ApprovalOutcome.CHANGES_REQUESTED);
    }

    @Test
    void theChairExtendsTheDeadlineWhenNoQuorumAndCannotDecideWithoutTheAuthority() {
        Group group = fixtures.group(3);
        ProcessInstance instance = fixtures.submit(group, TWO_WEEKS);
        management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId(SteeringGroupApprovalProcess.Elements.DEADLINE_PASSED).singleResult().getId());
        String task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

        login(group.members().get(1));
        UI.getCurrent().navigate(ChairTaskView.ROUTE_PREFIX + task);
        _assertNone(Button.class, spec -> spec.withId("save"));

        login(group.chair());
        UI.getCurrent().navigate(ChairTaskView.ROUTE_PREFIX + task);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<EscalationAction> action = _get(RadioButtonGroup.class, spec -> spec.withId("action"));
        assertThat(action.getListDataView().getItems()).containsExactly(EscalationAction.EXTEND, EscalationAction.SEND_BACK);
        _setValue(action, EscalationAction.EXTEND);
        DateTimePicker deadline = _get(DateTimePicker.class, spec -> spec.withId("newDeadline"));
        _setValue(deadline, LocalDateTime.now().minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(deadline.isInvalid()).as("a past date is refused").isTrue();
        assertThat(status(instance)).isEqualTo(RoundStatus.AWAITING_CHAIR);

        _setValue(deadline, LocalDateTime.now().plusDays(21));
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(status(instance)).isEqualTo(RoundStatus.OPEN);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SteeringGroupApprovalProcess.Elements.VOTE).count()).isEqualTo(3);
    }

    @Test
    void theChairSeesTheQuorumAndWhoHasNotVoted() {
        Group group = fixtures.group(3);
        ProcessInstance instance = fixtures.submit(group, TWO_WEEKS);
        vote(instance, group.members().get(2), VoteChoice.ABSTAIN, null);
        long roundId = roundId(instance);

        login(group.chair());
        UI.getCurrent().navigate(RoundsInProgressView.class);
        assertThat(_get(Span.class, spec -> spec.withId("quorum-" + roundId)).getText()).isEqualTo("Ei päätösvaltainen");
        assertThat(_get(Paragraph.class, spec -> spec.withId("not-voted-" + roundId)).getText())
                .contains("Jäsen " + group.members().get(0), "Jäsen " + group.members().get(1))
                .doesNotContain("Jäsen " + group.members().get(2));

        login(group.members().get(1));
        UI.getCurrent().navigate(RoundsInProgressView.class);
        _assertNone(Paragraph.class, spec -> spec.withId("not-voted-" + roundId));
    }

    @Test
    void theChairSchedulesAMeetingAndMembersReadItsAgenda() {
        Group group = fixtures.group(3);
        fixtures.submit(group, TWO_WEEKS);
        login(group.chair());
        UI.getCurrent().navigate(MeetingsView.class);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("meetingAt")), LocalDateTime.now().plusDays(5).withNano(0));
        _setValue(_get(TextField.class, spec -> spec.withId("place")), "Äänekoski");
        _click(_get(Button.class, spec -> spec.withId("schedule-meeting")));

        login(group.members().get(2));
        UI.getCurrent().navigate(MeetingsView.class);
        _assertNone(Button.class, spec -> spec.withId("schedule-meeting"));
        @SuppressWarnings("unchecked")
        Grid<MeetingSummary> meetings = _get(Grid.class, spec -> spec.withId("meetings"));
        assertThat(GridKt._size(meetings)).isEqualTo(1);
        meetings.select(GridKt._get(meetings, 0));
        assertThat(_find(Anchor.class)).anySatisfy(link -> assertThat(link.getText()).startsWith("Testiasiakirja "));
        _assertNone(Button.class, spec -> spec.withId("write-minutes"));
    }

    @Test
    void theRoundPanelOfADocumentPageKeepsVotesSecretUntilTheMemberHasVoted() {
        Group group = fixtures.group(3, Rule.standard().secretVotes());
        ProcessInstance instance = fixtures.submit(group, TWO_WEEKS);
        vote(instance, group.members().get(0), VoteChoice.REQUEST_CHANGES, "Salainen kommentti");
        long roundId = roundId(instance);
        long documentId = SystemUser.call(() -> approvals.round(roundId)).orElseThrow().documentId();

        login(group.members().get(1));
        UI.getCurrent().add(new RoundPanel(approvals, TestDocuments.TYPE, documentId));
        _get(Paragraph.class, spec -> spec.withId("votes-hidden-" + roundId));
        _assertNone(Grid.class, spec -> spec.withId("votes-" + roundId));

        vote(instance, group.members().get(1), VoteChoice.APPROVE, null);
        login(group.members().get(1));
        UI.getCurrent().add(new RoundPanel(approvals, TestDocuments.TYPE, documentId));
        @SuppressWarnings("unchecked")
        Grid<CastVote> shown = _get(Grid.class, spec -> spec.withId("votes-" + roundId));
        assertThat(GridKt._size(shown)).isEqualTo(2);
    }

    private static InboxTask inboxTask(String element) {
        return new InboxTask("t1", SteeringGroupApprovalProcess.KEY, element, null, null, "x", Instant.now(), null, true);
    }

    private void vote(ProcessInstance instance, String member, VoteChoice choice, String comment) {
        actAs(userDetails, member);
        flow.vote(voteTask(instance, member), choice, comment);
    }

    private String voteTask(ProcessInstance instance, String member) {
        return SystemUser.call(() -> history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SteeringGroupApprovalProcess.Elements.VOTE).taskAssignee(member).singleResult().getId());
    }

    private long roundId(ProcessInstance instance) {
        return rounds.findByProcessInstanceId(instance.getId()).orElseThrow().getId();
    }

    private RoundStatus status(ProcessInstance instance) {
        return rounds.findByProcessInstanceId(instance.getId()).orElseThrow().getStatus();
    }

    private int voteCount(ProcessInstance instance) {
        return votes.findByRoundIdOrderByCastAt(roundId(instance)).size();
    }
}
