package fi.avustus.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * An organisation's membership in a network. An immutable value, but a class rather than a record:
 * Envers rebuilds embeddables of past revisions through a no-argument constructor, which a record
 * cannot have, and the change history must show who was a member when.
 */
@Embeddable
public class NetworkMember {

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private NetworkRole role;

    /** For JPA and Envers only. */
    protected NetworkMember() {
    }

    public NetworkMember(Long organisationId, NetworkRole role) {
        this.organisationId = organisationId;
        this.role = role;
    }

    public Long organisationId() {
        return organisationId;
    }

    public NetworkRole role() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NetworkMember member && Objects.equals(organisationId, member.organisationId)
                && role == member.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisationId, role);
    }

    @Override
    public String toString() {
        return organisationId + ":" + role;
    }
}
