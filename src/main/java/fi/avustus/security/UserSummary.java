package fi.avustus.security;

import java.util.Set;

/** What other modules and screens may know of a user. */
public record UserSummary(long id, String username, String displayName, String email, String locale,
                          Set<Role> roles, Set<Long> organisationIds, boolean active, boolean archived,
                          long version) {
}
