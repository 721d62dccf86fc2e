package fi.avustus.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A person on a steering group, the organisation they represent and their category.
 * {@code userId} links the member to a login so that review tasks reach them; a member without a
 * login can still be listed (minutes) but cannot vote in the system.
 */
@Embeddable
public record SteeringGroupMember(
        @Column(name = "person_name", nullable = false) String personName,
        @Column(name = "email") String email,
        @Column(name = "user_id") Long userId,
        @Column(name = "organisation_id", nullable = false) Long organisationId,
        @Enumerated(EnumType.STRING) @Column(name = "category", nullable = false) MemberCategory category) {

    @Override
    public String toString() {
        return personName + " (" + category + ", " + organisationId + ")";
    }
}
