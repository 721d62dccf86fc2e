package fi.avustus.approval;

import fi.avustus.approval.internal.ApprovalRound;
import fi.avustus.approval.internal.ApprovalRounds;
import fi.avustus.approval.internal.Documents;
import fi.avustus.approval.internal.GroupDirectory;
import fi.avustus.approval.internal.Meeting;
import fi.avustus.approval.internal.MeetingRepository;
import fi.avustus.approval.internal.MinutesWriter;
import fi.avustus.approval.internal.RoundAccess;
import fi.avustus.approval.internal.StoredMinutes;
import fi.avustus.approval.internal.StoredMinutesRepository;
import fi.avustus.organisation.SteeringGroupSummary;
import fi.avustus.security.CurrentUser;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Steering-group meetings: the chair (or an administrator) schedules one, and every round in
 * progress goes on its agenda, as does each round that opens before it; after the meeting the
 * minutes list each item with its votes and outcome, as a PDF in the group's language, written
 * once. Members of the group and staff read them.
 */
@Service
@Transactional(readOnly = true)
public class Meetings {

    private final MeetingRepository meetings;
    private final StoredMinutesRepository minutes;
    private final ApprovalRounds rounds;
    private final GroupDirectory groups;
    private final Documents documents;
    private final RoundAccess access;
    private final MinutesWriter writer;
    private final CurrentUser currentUser;
    private final Clock clock;

    Meetings(MeetingRepository meetings, StoredMinutesRepository minutes, ApprovalRounds rounds, GroupDirectory groups,
             Documents documents, RoundAccess access, MinutesWriter writer, CurrentUser currentUser, Clock clock) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.rounds = rounds;
        this.groups = groups;
        this.documents = documents;
        this.access = access;
        this.writer = writer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The groups whose meetings the current user sees: their own, or all for staff. */
    @PreAuthorize("hasAnyRole('STEERING_GROUP', 'ADMIN', 'OFFICIAL', 'DECISION_MAKER')")
    public List<GroupChoice> myGroups() {
        return groups.active().stream().filter(group -> access.isStaff() || access.isMember(group))
                .map(group -> new GroupChoice(group.id(), group.name())).toList();
    }

    /** Whether the current user may schedule the group's meetings and write their minutes. */
    @PreAuthorize("hasAnyRole('STEERING_GROUP', 'ADMIN', 'OFFICIAL', 'DECISION_MAKER')")
    public boolean mayOrganise(long groupId) {
        return groups.find(groupId).map(group -> access.isAdmin() || access.isChair(group)).orElse(false);
    }

    /** The group's meetings, the latest first. */
    @PreAuthorize("hasAnyRole('STEERING_GROUP', 'ADMIN', 'OFFICIAL', 'DECISION_MAKER')")
    public List<MeetingSummary> meetingsOf(long groupId) {
        requireReader(groupId);
        return meetings.findBySteeringGroupIdOrderByMeetingAtDesc(groupId).stream().map(this::summary).toList();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STEERING_GROUP', 'ADMIN')")
    public MeetingSummary schedule(long groupId, Instant meetingAt, String place) {
        requireOrganiser(groupId);
        String where = place == null || place.isBlank() ? null : place.strip();
        Validator validator = new Validator().required("meetingAt", meetingAt).maxLength("place", where, Validator.NAME_MAX);
        if (meetingAt != null) {
            validator.check(meetingAt.isAfter(clock.instant()), "meetingAt", "approval.meeting.past");
        }
        validator.throwIfInvalid();
        Meeting meeting = new Meeting(groupId, meetingAt, where);
        rounds.openRoundsOf(groupId).forEach(round -> meeting.addItem(round.getId()));
        return summary(meetings.saveAndFlush(meeting));
    }

    /** The documents on the meeting's agenda, with their rounds as they stand now. */
    @PreAuthorize("hasAnyRole('STEERING_GROUP', 'ADMIN', 'OFFICIAL', 'DECISION_MAKER')")
    public List<AgendaItem> agenda(long meetingId, Locale locale) {
        Meeting meeting = require(meetingId);
        requireReader(meeting.getSteeringGroupId());
        Map<Long, ApprovalRound> byId = rounds.byId(meeting.getRoundIds());
        return meeting.getRoundIds().stream().map(byId::get).map(round -> new AgendaItem(round.getId(),
                documents.title(round.getDocumentType(), round.getDocumentVersionId(), locale),
                documents.find(round.getDocumentType(), round.getDocumentVersionId(), locale)
                        .map(ApprovableDocument::route).orElse(null),
                round.getStatus(), round.getOutcome(), round.getDeadline())).toList();
    }

    /** Writes the minutes once the meeting has been held; they are never rewritten. */
    @Transactional
    @PreAuthorize("hasAnyRole('STEERING_GROUP', 'ADMIN')")
    public void writeMinutes(long meetingId) {
        Meeting meeting = require(meetingId);
        SteeringGroupSummary group = requireOrganiser(meeting.getSteeringGroupId());
        if (meeting.getMeetingAt().isAfter(clock.instant())) {
            throw new DomainException("approval.minutes.tooEarly");
        }
        if (minutes.existsById(meetingId)) {
            throw new DomainException("approval.minutes.exists");
        }
        byte[] pdf = writer.pdf(meeting, group);
        minutes.save(new StoredMinutes(meetingId, group.language(), pdf, clock.instant(), currentUser.requireUsername()));
    }

    @PreAuthorize("hasAnyRole('STEERING_GROUP', 'ADMIN', 'OFFICIAL', 'DECISION_MAKER')")
    public byte[] minutes(long meetingId) {
        Meeting meeting = require(meetingId);
        requireReader(meeting.getSteeringGroupId());
        return minutes.findById(meetingId).map(StoredMinutes::getPdf).orElseThrow(() -> new DomainException("approval.minutes.none"));
    }

    private MeetingSummary summary(Meeting meeting) {
        return new MeetingSummary(meeting.getId(), meeting.getSteeringGroupId(), meeting.getMeetingAt(), meeting.getPlace(),
                meeting.getRoundIds().size(), minutes.existsById(meeting.getId()));
    }

    private Meeting require(long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new DomainException("notFound"));
    }

    private SteeringGroupSummary requireReader(long groupId) {
        Optional<SteeringGroupSummary> group = groups.find(groupId);
        if (group.isEmpty() || !(access.isStaff() || access.isMember(group.get()))) {
            throw new DomainException("notFound");
        }
        return group.get();
    }

    private SteeringGroupSummary requireOrganiser(long groupId) {
        SteeringGroupSummary group = requireReader(groupId);
        if (!access.isAdmin() && !access.isChair(group)) {
            throw new DomainException("approval.meeting.chairOnly");
        }
        return group;
    }
}
