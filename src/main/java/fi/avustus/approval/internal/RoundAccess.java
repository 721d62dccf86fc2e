package fi.avustus.approval.internal;

import fi.avustus.approval.ApprovableDocument;
import fi.avustus.organisation.SteeringGroupSummary;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.security.UserSummary;
import fi.avustus.shared.Time;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who the current user is to a round: staff (who oversee all), a current member of the
 * governing group (the chair included), a person of an organisation in the document's network,
 * or nobody. Membership is read from the group at every call, so leaving the group takes
 * effect at once.
 */
@Component
public class RoundAccess {

    private final CurrentUser currentUser;
    private final GroupDirectory groups;
    private final Clock clock;

    RoundAccess(CurrentUser currentUser, GroupDirectory groups, Clock clock) {
        this.currentUser = currentUser;
        this.groups = groups;
        this.clock = clock;
    }

    public boolean isStaff() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.OFFICIAL) || currentUser.hasRole(Role.DECISION_MAKER);
    }

    public Optional<UserSummary> me() {
        return currentUser.user();
    }

    public boolean isMember(SteeringGroupSummary group) {
        return currentUser.hasRole(Role.STEERING_GROUP)
                && me().map(user -> groups.isMember(group, user.id())).orElse(false);
    }

    /** The chair in force today (or the acting chair) of the group. */
    public boolean isChair(SteeringGroupSummary group) {
        Optional<String> chair = groups.chair(group, today());
        return isMember(group) && chair.isPresent() && Objects.equals(chair.get(), currentUser.username().orElse(null));
    }

    /** A person of an organisation of the document's network: coordinator or member organisation. */
    public boolean readsNetworkDocuments(Optional<ApprovableDocument> document) {
        return document.map(found -> !Collections.disjoint(groups.networkOrganisations(found.networkId()),
                currentUser.organisationIds())).orElse(false);
    }

    public boolean isAdmin() {
        return currentUser.hasRole(Role.ADMIN);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Time.HELSINKI));
    }
}
