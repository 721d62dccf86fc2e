package fi.avustus.approval.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findBySteeringGroupIdOrderByMeetingAtDesc(long steeringGroupId);

    Optional<Meeting> findFirstBySteeringGroupIdAndMeetingAtGreaterThanEqualOrderByMeetingAt(long steeringGroupId, Instant from);
}
