package fi.avustus.approval.internal;

import fi.avustus.shared.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/** A steering-group meeting; its agenda lists the approval rounds waiting for the group. */
@Entity
@Audited
@Table(name = "approval_meeting")
public class Meeting extends AuditedEntity {

    @Column(name = "steering_group_id", nullable = false)
    private long steeringGroupId;

    @Column(name = "meeting_at", nullable = false)
    private Instant meetingAt;

    private String place;

    @ElementCollection
    @CollectionTable(name = "approval_meeting_item", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "round_id", nullable = false)
    private List<Long> roundIds = new ArrayList<>();

    protected Meeting() {
    }

    public Meeting(long steeringGroupId, Instant meetingAt, String place) {
        this.steeringGroupId = steeringGroupId;
        this.meetingAt = meetingAt;
        this.place = place;
    }

    /** Puts a round on the agenda once. */
    public void addItem(long roundId) {
        if (!roundIds.contains(roundId)) {
            roundIds.add(roundId);
        }
    }

    public long getSteeringGroupId() {
        return steeringGroupId;
    }

    public Instant getMeetingAt() {
        return meetingAt;
    }

    public String getPlace() {
        return place;
    }

    public List<Long> getRoundIds() {
        return List.copyOf(roundIds);
    }
}
