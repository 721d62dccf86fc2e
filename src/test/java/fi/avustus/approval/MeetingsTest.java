package fi.avustus.approval;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import fi.avustus.approval.ApprovalFixtures.Group;
import fi.avustus.approval.internal.ApprovalRoundRepository;
import fi.avustus.approval.internal.Meeting;
import fi.avustus.approval.internal.MeetingRepository;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.DomainException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Meetings: the chair schedules, the agenda lists the documents waiting, the minutes are written once, after it. */
@IntegrationTest
class MeetingsTest {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");

    @Autowired ApprovalFixtures fixtures;
    @Autowired Meetings meetings;
    @Autowired ApprovalFlow flow;
    @Autowired UserDetailsService userDetails;
    @Autowired MeetingRepository meetingRepository;
    @Autowired ApprovalRoundRepository rounds;
    @Autowired HistoryService history;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theChairSchedulesAMeetingAndTheDocumentsWaitingAreOnItsAgenda() {
        Group group = fixtures.group(3);
        ProcessInstance before = fixtures.submit(group, Duration.ofDays(10));

        actAs(userDetails, group.chair());
        MeetingSummary meeting = meetings.schedule(group.id(), Instant.now().plus(Duration.ofDays(7)), "Jyväskylä, kaupungintalo");
        ProcessInstance after = fixtures.submit(group, Duration.ofDays(10));

        actAs(userDetails, group.members().get(2));
        assertThat(meetings.agenda(meeting.id(), FINNISH)).extracting(AgendaItem::roundId)
                .containsExactly(roundId(before), roundId(after));
        assertThat(meetings.agenda(meeting.id(), FINNISH)).allSatisfy(item -> {
            assertThat(item.documentTitle()).startsWith("Testiasiakirja ");
            assertThat(item.status()).isEqualTo(RoundStatus.OPEN);
        });
        assertThat(meetings.meetingsOf(group.id())).extracting(MeetingSummary::id).containsExactly(meeting.id());
    }

    @Test
    void onlyTheChairSchedulesAndOnlyMembersSeeTheMeetings() {
        Group group = fixtures.group(3);
        actAs(userDetails, group.members().get(1));
        assertRefused(() -> meetings.schedule(group.id(), Instant.now().plus(Duration.ofDays(7)), null), "approval.meeting.chairOnly");
        assertThat(meetings.mayOrganise(group.id())).isFalse();

        actAs(userDetails, "ohjausryhma");
        assertRefused(() -> meetings.meetingsOf(group.id()), "notFound");
        assertThat(meetings.myGroups()).extracting(GroupChoice::id).doesNotContain(group.id());

        actAs(userDetails, group.chair());
        assertThatThrownBy(() -> meetings.schedule(group.id(), Instant.now().minus(Duration.ofDays(1)), null))
                .isInstanceOf(fi.avustus.shared.ValidationFailedException.class);
        assertThat(meetingRepository.findBySteeringGroupIdOrderByMeetingAtDesc(group.id())).isEmpty();
    }

    @Test
    void afterTheMeetingTheMinutesListEachItemWithVotesAndOutcomeInTheGroupsLanguage() throws IOException {
        Group group = fixtures.group(3);
        fixtures.speaks(group, "sv");
        ProcessInstance instance = fixtures.submit(group, Duration.ofDays(10));
        vote(instance, group.members().get(0), VoteChoice.APPROVE, null);
        vote(instance, group.members().get(1), VoteChoice.REQUEST_CHANGES, "Mätarna saknas <fortfarande> & mer");
        vote(instance, group.members().get(2), VoteChoice.APPROVE, null);
        ProcessInstance open = fixtures.submit(group, Duration.ofDays(10));
        // A meeting already held: scheduling refuses past dates, so it is stored as it would have been.
        Meeting held = new Meeting(group.id(), Instant.now().minus(Duration.ofHours(2)), "Teams");
        held.addItem(roundId(instance));
        held.addItem(roundId(open));
        long meetingId = SystemUser.call(() -> meetingRepository.saveAndFlush(held)).getId();

        actAs(userDetails, group.members().get(1));
        assertRefused(() -> meetings.writeMinutes(meetingId), "approval.meeting.chairOnly");
        assertRefused(() -> meetings.minutes(meetingId), "approval.minutes.none");
        actAs(userDetails, group.chair());
        meetings.writeMinutes(meetingId);
        assertRefused(() -> meetings.writeMinutes(meetingId), "approval.minutes.exists");

        actAs(userDetails, group.members().get(2));
        String text = text(meetings.minutes(meetingId));
        assertThat(text).contains("Protokoll", "Testdokument " + roundDocument(instance), "Mätarna saknas <fortfarande> & mer",
                "Godkänd", "Behandlingen fortsätter", "Teams");
        assertThat(meetings.meetingsOf(group.id())).singleElement().satisfies(meeting ->
                assertThat(meeting.minutesWritten()).isTrue());
        actAs(userDetails, "ohjausryhma");
        assertRefused(() -> meetings.minutes(meetingId), "notFound");
    }

    @Test
    void minutesWaitForTheMeeting() {
        Group group = fixtures.group(3);
        actAs(userDetails, group.chair());
        MeetingSummary meeting = meetings.schedule(group.id(), Instant.now().plus(Duration.ofDays(3)), null);
        assertRefused(() -> meetings.writeMinutes(meeting.id()), "approval.minutes.tooEarly");
    }

    private void vote(ProcessInstance instance, String member, VoteChoice choice, String comment) {
        actAs(userDetails, member);
        String task = SystemUser.call(() -> history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SteeringGroupApprovalProcess.Elements.VOTE).taskAssignee(member).singleResult().getId());
        flow.vote(task, choice, comment);
    }

    private long roundId(ProcessInstance instance) {
        return rounds.findByProcessInstanceId(instance.getId()).orElseThrow().getId();
    }

    private long roundDocument(ProcessInstance instance) {
        return rounds.findByProcessInstanceId(instance.getId()).orElseThrow().getDocumentVersionId();
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }
}
