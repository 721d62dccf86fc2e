package fi.avustus.approval.internal;

import fi.avustus.organisation.NetworkMember;
import fi.avustus.organisation.NetworkSummary;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.SteeringGroupMember;
import fi.avustus.organisation.SteeringGroupSummary;
import fi.avustus.organisation.SteeringGroups;
import fi.avustus.security.SystemUser;
import fi.avustus.security.UserSummary;
import fi.avustus.security.Users;
import fi.avustus.shared.DomainException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The steering groups as the approval module needs them: members with a login, the chair in
 * force, and who belongs to a network. Reads as the system, because approval rules (not the
 * caller's role) decide what the caller may see; the callers check access themselves.
 */
@Component
public class GroupDirectory {

    private final SteeringGroups groups;
    private final Networks networks;
    private final Users users;

    GroupDirectory(SteeringGroups groups, Networks networks, Users users) {
        this.groups = groups;
        this.networks = networks;
        this.users = users;
    }

    public Optional<SteeringGroupSummary> find(long groupId) {
        return SystemUser.call(() -> groups.find(groupId));
    }

    public SteeringGroupSummary require(long groupId) {
        return find(groupId).orElseThrow(() -> new DomainException("approval.group.unknown"));
    }

    /** The groups that are not archived. */
    public List<SteeringGroupSummary> active() {
        return SystemUser.call(() -> groups.search("", false, Pageable.unpaged()).getContent());
    }

    /** Members who can vote in the system: those linked to an active, not archived login, in the group's order. */
    public List<RoundVoter> voters(SteeringGroupSummary group) {
        return group.members().stream().map(member -> login(member)
                        .map(user -> new RoundVoter(user.id(), user.username(), member.personName())))
                .flatMap(Optional::stream).toList();
    }

    /**
     * The chair in force on the date, by the group's rotation; when that member has no working
     * login, the first member who has one acts as chair. Empty when no member can log in.
     */
    public Optional<String> chair(SteeringGroupSummary group, LocalDate date) {
        Optional<String> chair = group.chairOn(date).flatMap(this::login).map(UserSummary::username);
        if (chair.isPresent()) {
            return chair;
        }
        return group.members().stream().map(this::login).flatMap(Optional::stream).map(UserSummary::username).findFirst();
    }

    public boolean isMember(SteeringGroupSummary group, long userId) {
        return group.members().stream().anyMatch(member -> Objects.equals(member.userId(), userId));
    }

    /** The organisations of a network (its coordinator and members), whose people may read its documents. */
    public Set<Long> networkOrganisations(long networkId) {
        Set<Long> organisations = new HashSet<>();
        SystemUser.call(() -> networks.find(networkId)).ifPresent(network -> addOrganisations(network, organisations));
        return organisations;
    }

    private static void addOrganisations(NetworkSummary network, Set<Long> organisations) {
        organisations.add(network.coordinatorId());
        network.members().stream().map(NetworkMember::organisationId).forEach(organisations::add);
    }

    private Optional<UserSummary> login(SteeringGroupMember member) {
        if (member.userId() == null) {
            return Optional.empty();
        }
        return users.find(member.userId()).filter(user -> user.active() && !user.archived());
    }
}
