package fi.avustus.approval;

import java.time.Instant;

/** A steering-group meeting: when and where, how many items on its agenda, whether its minutes are written. */
public record MeetingSummary(long id, long steeringGroupId, Instant meetingAt, String place, int items,
                             boolean minutesWritten) {
}
