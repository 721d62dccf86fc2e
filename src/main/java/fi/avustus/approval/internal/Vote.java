package fi.avustus.approval.internal;

import fi.avustus.approval.CastVote;
import fi.avustus.approval.VoteChoice;
import fi.avustus.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A member's vote in a round; never changed once cast (the database refuses a second one). */
@Entity
@Audited
@Table(name = "approval_vote")
public class Vote extends AuditedEntity {

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private String username;

    @Column(name = "person_name", nullable = false)
    private String personName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VoteChoice choice;

    private String comment;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected Vote() {
    }

    public Vote(long roundId, RoundVoter voter, VoteChoice choice, String comment, Instant castAt) {
        this.roundId = roundId;
        this.userId = voter.getUserId();
        this.username = voter.getUsername();
        this.personName = voter.getPersonName();
        this.choice = choice;
        this.comment = comment;
        this.castAt = castAt;
    }

    public CastVote view() {
        return new CastVote(personName, choice, comment, castAt);
    }

    public long getRoundId() {
        return roundId;
    }

    public long getUserId() {
        return userId;
    }

    public String getUsername() {
        return username;
    }

    public VoteChoice getChoice() {
        return choice;
    }
}
