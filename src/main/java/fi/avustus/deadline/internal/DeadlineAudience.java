package fi.avustus.deadline.internal;

import fi.avustus.deadline.DeadlineQuery;
import fi.avustus.organisation.NetworkMember;
import fi.avustus.organisation.NetworkSummary;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.SteeringGroupSummary;
import fi.avustus.organisation.SteeringGroups;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import fi.avustus.security.UserSummary;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Whose deadlines the current user may see: administrators and officials everyone's; an
 * applicant their own organisations'; a steering-group member their own groups' rounds; anyone
 * else none. The screen's organisation and network filters only narrow that further.
 */
@Component
public class DeadlineAudience {

    private final CurrentUser currentUser;
    private final Networks networks;
    private final SteeringGroups steeringGroups;

    DeadlineAudience(CurrentUser currentUser, Networks networks, SteeringGroups steeringGroups) {
        this.currentUser = currentUser;
        this.networks = networks;
        this.steeringGroups = steeringGroups;
    }

    public boolean seesAll() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.OFFICIAL);
    }

    /** The query limited to the owners this user may see; empty when that leaves nobody. */
    public Optional<DeadlineQuery> limit(DeadlineQuery query) {
        Set<Long> chosen = chosenOrganisations(query);
        Set<Long> organisations;
        Set<Long> groups;
        if (seesAll()) {
            organisations = chosen;
            // Choosing an organisation or a network leaves out the groups' rounds, which no organisation owns.
            groups = chosen == null ? null : Set.of();
        } else {
            Set<Long> own = currentUser.hasRole(Role.APPLICANT) ? currentUser.organisationIds() : Set.of();
            organisations = chosen == null ? own : intersection(own, chosen);
            groups = chosen == null && currentUser.hasRole(Role.STEERING_GROUP) ? ownGroups() : Set.of();
        }
        if (organisations != null && organisations.isEmpty() && groups != null && groups.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(query.ownedBy(organisations, groups));
    }

    /** The organisations the filters name (one organisation, the network's), null when neither is set. */
    private Set<Long> chosenOrganisations(DeadlineQuery query) {
        Set<Long> chosen = null;
        if (query.networkId() != null) {
            chosen = SystemUser.call(() -> networks.find(query.networkId())).map(DeadlineAudience::organisations)
                    .orElse(Set.of());
        }
        if (query.organisationId() != null) {
            chosen = chosen == null ? Set.of(query.organisationId()) : intersection(chosen, Set.of(query.organisationId()));
        }
        return chosen;
    }

    private static Set<Long> organisations(NetworkSummary network) {
        Set<Long> organisations = new HashSet<>();
        organisations.add(network.coordinatorId());
        network.members().stream().map(NetworkMember::organisationId).forEach(organisations::add);
        return organisations;
    }

    /** The active groups the user is a member of, read now: leaving a group takes effect at once. */
    private Set<Long> ownGroups() {
        Optional<Long> me = currentUser.user().map(UserSummary::id);
        if (me.isEmpty()) {
            return Set.of();
        }
        return steeringGroups.search("", false, Pageable.unpaged()).stream()
                .filter(group -> group.members().stream().anyMatch(member -> Objects.equals(member.userId(), me.get())))
                .map(SteeringGroupSummary::id).collect(Collectors.toSet());
    }

    private static Set<Long> intersection(Set<Long> first, Set<Long> second) {
        Set<Long> both = new HashSet<>(first);
        both.retainAll(second);
        return both;
    }
}
