package fi.avustus.funding;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.funding.NetworkPlacement.Placement;
import fi.avustus.organisation.NetworkMember;
import fi.avustus.organisation.NetworkRole;
import fi.avustus.organisation.NetworkSummary;
import fi.avustus.shared.TranslatedName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A project counts in one network: one its organisation coordinates, else one it is a member of, else none. */
class NetworkPlacementTest {

    private static final long TAMPERE = 1;
    private static final long SASKY = 2;
    private static final long KUNTALIITTO = 3;
    private static final long ALONE = 4;

    private static final NetworkSummary WEST = network(10, "Yhdessä parasta! (länsi)", TAMPERE, SASKY);
    private static final NetworkSummary COORDINATION = network(11, "Yhdessä parasta! valtakunnallinen koordinaatio",
            TAMPERE);
    private static final NetworkSummary PIRKANMAA = network(12, "KOPA-pilotti Pirkanmaa", SASKY, KUNTALIITTO);
    private static final NetworkSummary ARCHIPELAGO = network(13, "Ålands skärgård", SASKY);

    private final NetworkPlacement placement = new NetworkPlacement(List.of(COORDINATION, ARCHIPELAGO, PIRKANMAA, WEST));

    /** A network coordinated by the first organisation, the others members, and Kuntaliitto as a partner. */
    private static NetworkSummary network(long id, String name, long coordinator, long... members) {
        List<NetworkMember> all = new java.util.ArrayList<>();
        all.add(new NetworkMember(coordinator, NetworkRole.COORDINATOR));
        for (long member : members) {
            all.add(new NetworkMember(member, member == KUNTALIITTO ? NetworkRole.PARTNER : NetworkRole.MEMBER));
        }
        return new NetworkSummary(id, new TranslatedName(name, null, null), coordinator, null, List.of(), all, false, 0);
    }

    @Test
    void aCoordinatorOfSeveralNetworksCountsInTheFirstByNameAndTheOthersAreNamed() {
        Placement placed = placement.of(TAMPERE);
        assertThat(placed.network()).isEqualTo(WEST);
        assertThat(placed.others()).containsExactly(COORDINATION);
    }

    @Test
    void aCoordinatedNetworkComesBeforeOnesTheOrganisationIsAMemberOf() {
        Placement placed = placement.of(SASKY);
        assertThat(placed.network()).isEqualTo(PIRKANMAA);
        assertThat(placed.others()).containsExactly(WEST, ARCHIPELAGO);
    }

    @Test
    void aPartnerOnlyOrganisationIsInNoNetworkButItsNetworksAreNamed() {
        Placement placed = placement.of(KUNTALIITTO);
        assertThat(placed.network()).isNull();
        assertThat(placed.others()).containsExactly(PIRKANMAA);
    }

    @Test
    void anOrganisationInNoNetworkIsInNone() {
        assertThat(placement.of(ALONE)).isEqualTo(new Placement(null, List.of()));
    }

    @Test
    void aMemberOfSeveralNetworksCountsInTheFirstByFinnishName() {
        NetworkSummary member = network(20, "Ähtäri", 99, ALONE);
        NetworkSummary other = network(21, "Zeta", 98, ALONE);
        // Finnish order puts Ä after Z.
        assertThat(new NetworkPlacement(List.of(member, other)).of(ALONE).network()).isEqualTo(other);
    }
}
