package fi.avustus.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.organisation.MemberCategory;
import fi.avustus.organisation.NetworkSummary;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.Organisations;
import fi.avustus.organisation.SteeringGroupSummary;
import fi.avustus.organisation.SteeringGroups;
import fi.avustus.programme.CallStatus;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.OpenCall;
import fi.avustus.programme.ProgrammeSummary;
import fi.avustus.programme.Programmes;
import fi.avustus.security.SystemUser;
import java.util.Set;
import fi.avustus.security.Users;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** The demo data from the source documents is loaded once, through the facades, and is complete. */
@IntegrationTest
class DemoDataTest {

    private static final Set<String> DEMO_PROGRAMMES = Set.of(
            "Ammatillisen koulutuksen laatu- ja tasa-arvo-ohjelma",
            "Koulutus palveluna – koulutuksen saatavuus ja saavutettavuus erilaistuvissa kunnissa (KOPA)",
            "Toisen asteen koulutuksen saavutettavuus 2026–2028");

    @Autowired
    DemoDataLoader loader;

    @Autowired
    Organisations organisations;

    @Autowired
    Networks networks;

    @Autowired
    SteeringGroups steeringGroups;

    @Autowired
    Users users;

    @Autowired
    Programmes programmes;

    @Autowired
    Calls calls;

    @Test
    void networksFromTheSourceDocumentsAreThere() {
        SystemUser.run(() -> {
            List<NetworkSummary> kopaPilots = networks.search("KOPA-pilotti", false, Pageable.ofSize(50)).getContent();
            assertThat(kopaPilots).hasSize(13);
            NetworkSummary osaavaMetso = networks.search("Osaava Metso", false, Pageable.ofSize(5)).getContent().get(0);
            // 23 municipalities, the joint municipal authority and the regional council
            assertThat(osaavaMetso.members()).hasSize(25);
            assertThat(networks.search("Yhdessä parasta", false, Pageable.ofSize(50)).getTotalElements()).isEqualTo(7);
        });
    }

    @Test
    void cooperationGroupChairAlternatesAndItsMemberCanLogIn() {
        SystemUser.run(() -> {
            SteeringGroupSummary group = steeringGroups.search("Keski-Pohjanmaan", false, Pageable.ofSize(5))
                    .getContent().get(0);
            assertThat(group.chairCategory(LocalDate.of(2026, 3, 1))).contains(MemberCategory.VOCATIONAL);
            assertThat(group.chairCategory(LocalDate.of(2027, 3, 1))).contains(MemberCategory.GENERAL_UPPER_SECONDARY);
            long memberUserId = users.find("ohjausryhma").orElseThrow().id();
            assertThat(group.members()).anySatisfy(member -> assertThat(member.userId()).isEqualTo(memberUserId));
        });
    }

    @Test
    void theOsaavaMetsoSteeringGroupHasMembersWhoCanVote() {
        SystemUser.run(() -> {
            SteeringGroupSummary group = steeringGroups.search("Osaava Metso", false, Pageable.ofSize(5)).getContent().get(0);
            List<Long> logins = java.util.stream.Stream.of("ohjausryhma2", "ohjausryhma3", "ohjausryhma4", "ohjausryhma5")
                    .map(username -> users.find(username).orElseThrow().id()).toList();
            assertThat(group.members()).filteredOn(member -> member.userId() != null)
                    .extracting(fi.avustus.organisation.SteeringGroupMember::userId).containsExactlyInAnyOrderElementsOf(logins);
            assertThat(group.chairOn(LocalDate.of(2026, 3, 1))).hasValueSatisfying(chair ->
                    assertThat(chair.userId()).isEqualTo(logins.get(0)));
        });
    }

    @Test
    void programmesHaveTheirCallsOpenNowAndTheirHistory() {
        SystemUser.run(() -> {
            ProgrammeSummary quality = programmes.search("laatu", false, Pageable.ofSize(5)).getContent().get(0);
            assertThat(quality.totalBudget()).isEqualByComparingTo("3900000.00");
            assertThat(quality.periodEnd()).isEqualTo(LocalDate.of(2022, 4, 30));
            // Other tests add calls of their own to the shared database: look at the demo programmes' calls only.
            List<CallSummary> demoCalls = programmes.search("", false, Pageable.ofSize(10)).getContent().stream()
                    .filter(programme -> DEMO_PROGRAMMES.contains(programme.name().fi()))
                    .flatMap(programme -> calls.ofProgramme(programme.id()).stream()).toList();
            // Three calls of the programmes' history, the development projects' call and the rolling call of the demo projects.
            assertThat(demoCalls).hasSize(5).allSatisfy(call -> assertThat(call.status()).isEqualTo(CallStatus.PUBLISHED));
            List<OpenCall> open = calls.openCalls(Set.of()).stream()
                    .filter(call -> Set.of("Alueelliset kehittämishankkeet 2027–2028",
                            "Alueelliset yhteistyökokeilut – jatkuva haku").contains(call.title().fi())).toList();
            assertThat(open).hasSize(2).allSatisfy(call -> assertThat(call.timeLeft()).isPositive());
            SteeringGroupSummary qualityGroup = steeringGroups.search("", false, Pageable.ofSize(10)).getContent().stream()
                    .filter(group -> quality.id() == (group.programmeId() == null ? -1 : group.programmeId()))
                    .findFirst().orElseThrow();
            assertThat(qualityGroup.members()).isNotEmpty();
        });
    }

    @Test
    void loadingAgainChangesNothing() throws Exception {
        long before = SystemUser.call(() -> organisations.search("", false, Pageable.ofSize(1)).getTotalElements());
        loader.run(null);
        long after = SystemUser.call(() -> organisations.search("", false, Pageable.ofSize(1)).getTotalElements());
        assertThat(before).isGreaterThan(100);
        assertThat(after).isEqualTo(before);
    }
}
