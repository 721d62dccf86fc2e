package fi.avustus.approval.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A member who may vote in a round, taken from the group when the round opened. A member who
 * leaves the group mid-round stays listed, marked removed, so that the minutes can tell.
 * A class, not a record: Envers rebuilds embeddables through a no-argument constructor.
 */
@Embeddable
public class RoundVoter {

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "username", nullable = false)
    private String username;

    @Column(name = "person_name", nullable = false)
    private String personName;

    @Column(name = "removed", nullable = false)
    private boolean removed;

    protected RoundVoter() {
    }

    public RoundVoter(long userId, String username, String personName) {
        this.userId = userId;
        this.username = username;
        this.personName = personName;
    }

    public long getUserId() {
        return userId;
    }

    public String getUsername() {
        return username;
    }

    public String getPersonName() {
        return personName;
    }

    public boolean isRemoved() {
        return removed;
    }

    void markRemoved() {
        removed = true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RoundVoter voter && Objects.equals(userId, voter.userId)
                && Objects.equals(username, voter.username) && Objects.equals(personName, voter.personName)
                && removed == voter.removed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, username, personName, removed);
    }
}
