package fi.avustus.security;

import java.util.Collection;
import java.util.Set;

/**
 * The organisations users may act for, as the user directory needs to know them. Implemented by
 * the organisation module, which depends on this one, so that a user form naming an organisation
 * that does not exist is refused with a message instead of failing on the database's foreign key.
 */
public interface OrganisationRegister {

    /** The ids among {@code ids} that name no organisation. */
    Set<Long> unknown(Collection<Long> ids);
}
