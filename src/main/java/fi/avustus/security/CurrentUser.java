package fi.avustus.security;

import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is acting now. The user and their organisations are read from the database once per request
 * (a screen's server round trip or an API call) and on every call outside one, so that removing a
 * person from an organisation takes effect at their next click, not at their next login.
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
        Optional<String> username = username();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (username.isEmpty() || request == null) {
            return username.flatMap(users::find);
        }
        String key = requestKey(username.get());
        if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof UserSummary read) {
            return Optional.of(read);
        }
        Optional<UserSummary> found = users.find(username.get());
        found.ifPresent(read -> request.setAttribute(key, read, RequestAttributes.SCOPE_REQUEST));
        return found;
    }

    /** A change to a user (their own included) is seen by the rest of the request that made it. */
    @EventListener
    void on(UserChanged changed) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(requestKey(changed.username()), RequestAttributes.SCOPE_REQUEST);
        }
    }

    private static String requestKey(String username) {
        return CurrentUser.class.getName() + ".user." + username;
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
