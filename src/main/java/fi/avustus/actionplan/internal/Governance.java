package fi.avustus.actionplan.internal;

import fi.avustus.organisation.NetworkSummary;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.SteeringGroupSummary;
import fi.avustus.organisation.SteeringGroups;
import fi.avustus.security.SystemUser;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Who runs a network and who governs it: its coordinator and members, and its steering group.
 * The organisation module lets only staff read networks and groups, while the coordinator and the
 * members must see their own documents, so these look-ups run as the system; callers decide
 * what the current user may see.
 */
@Component
public class Governance {

    private final Networks networks;
    private final SteeringGroups steeringGroups;

    Governance(Networks networks, SteeringGroups steeringGroups) {
        this.networks = networks;
        this.steeringGroups = steeringGroups;
    }

    public Optional<NetworkSummary> network(long networkId) {
        return SystemUser.call(() -> networks.find(networkId));
    }

    public List<NetworkSummary> activeNetworks() {
        return SystemUser.call(networks::active);
    }

    /** The steering group that approves the network's documents: its non-archived group. */
    public Optional<SteeringGroupSummary> governingGroup(long networkId) {
        return activeGroups().stream().filter(group -> group.networkId() != null && group.networkId() == networkId)
                .findFirst();
    }

    /** The non-archived groups that have this user as a member with a login. */
    public List<SteeringGroupSummary> groupsOfUser(long userId) {
        return activeGroups().stream().filter(group -> group.members().stream()
                .anyMatch(member -> member.userId() != null && member.userId() == userId)).toList();
    }

    private List<SteeringGroupSummary> activeGroups() {
        return SystemUser.call(() -> steeringGroups.search("", false, Pageable.unpaged()).getContent());
    }
}
