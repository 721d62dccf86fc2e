package fi.avustus.application.internal;

import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may touch which application: staff read every one, an applicant reads and changes only
 * those of their own organisations. An application outside the user's reach is reported exactly
 * like one that does not exist, so that ids cannot be probed.
 */
@Component
public class ApplicationAccess {

    private final ApplicationRepository repository;
    private final CurrentUser currentUser;

    ApplicationAccess(ApplicationRepository repository, CurrentUser currentUser) {
        this.repository = repository;
        this.currentUser = currentUser;
    }

    public Optional<Application> readable(long id) {
        return repository.findById(id).filter(application -> currentUser.canAccessOrganisation(application.getOrganisationId()));
    }

    public Application requireReadable(long id) {
        return readable(id).orElseThrow(() -> denied(id));
    }

    /** The application locked for a change by its own applicant; staff act through the process, not here. */
    public Application requireOwnForUpdate(long id) {
        return repository.findForUpdate(id).filter(application -> isOwn(application.getOrganisationId()))
                .orElseThrow(() -> denied(id));
    }

    /** Whether the user applies on behalf of this organisation. */
    public boolean isOwn(long organisationId) {
        return currentUser.hasRole(Role.APPLICANT) && currentUser.organisationIds().contains(organisationId);
    }

    public void requireOwn(long organisationId) {
        if (!isOwn(organisationId)) {
            throw new AccessDeniedException("organisation " + organisationId);
        }
    }

    public String username() {
        return currentUser.requireUsername();
    }

    private static AccessDeniedException denied(long id) {
        return new AccessDeniedException("application " + id);
    }
}
