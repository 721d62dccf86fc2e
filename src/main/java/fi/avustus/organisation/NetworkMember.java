package fi.avustus.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An organisation's membership in a network. */
@Embeddable
public record NetworkMember(
        @Column(name = "organisation_id", nullable = false) Long organisationId,
        @Enumerated(EnumType.STRING) @Column(name = "role", nullable = false) NetworkRole role) {

    @Override
    public String toString() {
        return organisationId + ":" + role;
    }
}
