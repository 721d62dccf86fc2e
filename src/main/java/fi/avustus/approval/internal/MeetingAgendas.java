package fi.avustus.approval.internal;

import java.time.Clock;
import org.springframework.stereotype.Component;

/** Keeps agendas current: a round that opens goes on the group's next meeting, if one is scheduled. */
@Component
public class MeetingAgendas {

    private final MeetingRepository meetings;
    private final Clock clock;

    MeetingAgendas(MeetingRepository meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    public void addToNextMeeting(ApprovalRound round) {
        meetings.findFirstBySteeringGroupIdAndMeetingAtGreaterThanEqualOrderByMeetingAt(round.getSteeringGroupId(),
                clock.instant()).ifPresent(meeting -> meeting.addItem(round.getId()));
    }
}
