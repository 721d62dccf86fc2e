package fi.avustus.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A person on a steering group, the organisation they represent and their category.
 * {@code userId} links the member to a login so that review tasks reach them; a member without a
 * login can still be listed (minutes) but cannot vote in the system.
 * An immutable value, but a class rather than a record: Envers rebuilds embeddables of past
 * revisions through a no-argument constructor, which a record cannot have.
 */
@Embeddable
public class SteeringGroupMember {

    @Column(name = "person_name", nullable = false)
    private String personName;

    @Column(name = "email")
    private String email;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private MemberCategory category;

    /** For JPA and Envers only. */
    protected SteeringGroupMember() {
    }

    public SteeringGroupMember(String personName, String email, Long userId, Long organisationId, MemberCategory category) {
        this.personName = personName;
        this.email = email;
        this.userId = userId;
        this.organisationId = organisationId;
        this.category = category;
    }

    public String personName() {
        return personName;
    }

    public String email() {
        return email;
    }

    public Long userId() {
        return userId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public MemberCategory category() {
        return category;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SteeringGroupMember member && Objects.equals(personName, member.personName)
                && Objects.equals(email, member.email) && Objects.equals(userId, member.userId)
                && Objects.equals(organisationId, member.organisationId) && category == member.category;
    }

    @Override
    public int hashCode() {
        return Objects.hash(personName, email, userId, organisationId, category);
    }

    @Override
    public String toString() {
        return personName + " (" + category + ", " + organisationId + ")";
    }
}
