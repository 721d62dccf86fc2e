package fi.avustus.funding;

import fi.avustus.organisation.NetworkMember;
import fi.avustus.organisation.NetworkRole;
import fi.avustus.organisation.NetworkSummary;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which network a project counts in. Networks have no tie to programmes (a steering group governs
 * either a network or a programme, never both), so the project's organisation decides; and a project
 * counts in one network only, so that a programme's networks add up to the programme:
 * <ol>
 * <li>a network the organisation coordinates: a network's grant is given to its coordinator;</li>
 * <li>else a network it is a member of;</li>
 * <li>else "no network": partners (such as an association backing many networks) support a network
 *     but do not act for it, so a partner's own grant is not the network's.</li>
 * </ol>
 * Several networks at the same step: the first by Finnish name, the order of the network screens.
 * The project's row lists the organisation's other networks, so that the choice is visible.
 */
final class NetworkPlacement {

    /** Where a project counts, and the other networks its organisation is in. */
    record Placement(NetworkSummary network, List<NetworkSummary> others) {
    }

    private static final Comparator<NetworkSummary> BY_NAME = Comparator.comparing(
            (NetworkSummary network) -> network.name().fi(), Collator.getInstance(Locale.forLanguageTag("fi")))
            .thenComparingLong(NetworkSummary::id);

    private final List<NetworkSummary> networks;

    /** @param networks the active networks */
    NetworkPlacement(List<NetworkSummary> networks) {
        this.networks = networks.stream().sorted(BY_NAME).toList();
    }

    Placement of(long organisationId) {
        Map<NetworkRole, List<NetworkSummary>> byRole = networks.stream()
                .filter(network -> role(network, organisationId) != null)
                .collect(Collectors.groupingBy(network -> role(network, organisationId)));
        NetworkSummary counted = first(byRole.get(NetworkRole.COORDINATOR));
        if (counted == null) {
            counted = first(byRole.get(NetworkRole.MEMBER));
        }
        NetworkSummary chosen = counted;
        return new Placement(chosen, networks.stream()
                .filter(network -> network != chosen && role(network, organisationId) != null).toList());
    }

    private static NetworkSummary first(List<NetworkSummary> networks) {
        return networks == null || networks.isEmpty() ? null : networks.get(0);
    }

    private static NetworkRole role(NetworkSummary network, long organisationId) {
        return network.members().stream().filter(member -> member.organisationId() == organisationId)
                .map(NetworkMember::role).findFirst().orElse(null);
    }
}
