package fi.avustus.security;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting now. Organisations are read from the database on every call, so that removing a
 * person from an organisation takes effect at once, not at their next login.
 */
@Component
public class CurrentUser {

    private final Users users;

    CurrentUser(Users users) {
        this.users = users;
    }

    public Optional<String> username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    public Optional<UserSummary> user() {
        return username().flatMap(users::find);
    }

    public String requireUsername() {
        return username().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("anonymous"));
    }

    public boolean hasRole(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals(role.authority()));
    }

    public Set<Long> organisationIds() {
        return user().map(UserSummary::organisationIds).orElse(Set.of());
    }

    /** Whether the user may see the cases of this organisation: staff see all, applicants their own. */
    public boolean canAccessOrganisation(long organisationId) {
        return hasRole(Role.ADMIN) || hasRole(Role.OFFICIAL) || hasRole(Role.DECISION_MAKER)
                || organisationIds().contains(organisationId);
    }
}
