package fi.avustus.actionplan.internal;

import fi.avustus.organisation.NetworkMember;
import fi.avustus.organisation.NetworkSummary;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.security.UserSummary;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which document. The coordinator organisation's applicants write; the
 * network's member organisations read the draft and every version; staff read everything; the
 * members of the network's steering group read what has been sent to them (submitted versions,
 * never the draft). A document outside the user's reach is reported like one that does not exist.
 */
@Component
public class DocumentAccess {

    private final PlanDocumentRepository repository;
    private final Governance governance;
    private final CurrentUser currentUser;

    DocumentAccess(PlanDocumentRepository repository, Governance governance, CurrentUser currentUser) {
        this.repository = repository;
        this.governance = governance;
        this.currentUser = currentUser;
    }

    public Optional<PlanDocument> readable(long id) {
        return repository.findById(id).filter(this::canRead);
    }

    public PlanDocument requireReadable(long id) {
        return readable(id).orElseThrow(() -> denied(id));
    }

    /** The document locked for a change by its coordinator. */
    public PlanDocument requireOwnForUpdate(long id) {
        return repository.findForUpdate(id).filter(document -> isCoordinator(document.getNetworkId()))
                .orElseThrow(() -> denied(id));
    }

    public boolean canRead(PlanDocument document) {
        return canReadDraft(document.getNetworkId())
                || (document.getSubmittedVersions() > 0 && governsNetwork(document.getNetworkId()));
    }

    /** Staff and the network's own organisations see the draft as it is being written. */
    public boolean canReadDraft(long networkId) {
        return isStaff() || network(networkId).map(network -> network.members().stream().map(NetworkMember::organisationId)
                .anyMatch(currentUser.organisationIds()::contains)).orElse(false);
    }

    /** Whether the user writes the network's documents: an applicant of its coordinating organisation. */
    public boolean isCoordinator(long networkId) {
        return currentUser.hasRole(Role.APPLICANT) && network(networkId)
                .map(network -> currentUser.organisationIds().contains(network.coordinatorId())).orElse(false);
    }

    public void requireCoordinator(long networkId) {
        if (!isCoordinator(networkId)) {
            throw new AccessDeniedException("network " + networkId);
        }
    }

    /** Whether the user sits, with their login, on the network's steering group. */
    public boolean governsNetwork(long networkId) {
        Optional<Long> userId = currentUser.user().map(UserSummary::id);
        return userId.isPresent() && governance.governingGroup(networkId).map(group -> group.members().stream()
                .anyMatch(member -> userId.get().equals(member.userId()))).orElse(false);
    }

    public boolean isStaff() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.OFFICIAL) || currentUser.hasRole(Role.DECISION_MAKER);
    }

    public Set<Long> organisationIds() {
        return currentUser.organisationIds();
    }

    public Optional<Long> userId() {
        return currentUser.user().map(UserSummary::id);
    }

    public String username() {
        return currentUser.requireUsername();
    }

    private Optional<NetworkSummary> network(long networkId) {
        return governance.network(networkId);
    }

    private static AccessDeniedException denied(long id) {
        return new AccessDeniedException("document " + id);
    }
}
