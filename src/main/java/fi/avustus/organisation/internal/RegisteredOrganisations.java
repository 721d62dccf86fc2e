package fi.avustus.organisation.internal;

import fi.avustus.security.OrganisationRegister;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The organisation register as the user directory asks it: archived organisations count, they still exist. */
@Component
class RegisteredOrganisations implements OrganisationRegister {

    private final OrganisationRepository repository;

    RegisteredOrganisations(OrganisationRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> unknown(Collection<Long> ids) {
        Set<Long> unknown = new HashSet<>(ids);
        unknown.removeAll(repository.existingIds(ids));
        return unknown;
    }
}
