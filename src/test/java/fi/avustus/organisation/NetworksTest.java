package fi.avustus.organisation;

import static fi.avustus.organisation.NetworkRole.COORDINATOR;
import static fi.avustus.organisation.NetworkRole.MEMBER;
import static fi.avustus.organisation.NetworkRole.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.ValidationFailedException;
import fi.avustus.shared.ValidationFailedException.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class NetworksTest {

    @Autowired
    Networks networks;

    @Autowired
    Organisations organisations;

    private List<Long> organisationIds() {
        return organisations.active().stream().map(OrganisationSummary::id).toList();
    }

    private NetworkForm form(String name, long coordinatorId, NetworkMember... members) {
        NetworkForm form = new NetworkForm();
        form.setNameFi(name);
        form.setNameSv(name + " (sv)");
        form.setCoordinatorId(coordinatorId);
        form.setMembers(new ArrayList<>(List.of(members)));
        return form;
    }

    @Test
    void theCoordinatorIsAddedFirstAsCoordinatingMember() {
        List<Long> ids = organisationIds();
        NetworkForm form = form("Verkosto lisäys " + System.nanoTime(), ids.get(0), new NetworkMember(ids.get(1), MEMBER));
        form.setKeywords(Networks.keywords(" verkko-opetus, työelämä,,Verkko-opetus , "));

        NetworkSummary created = networks.create(form);

        assertThat(created.members()).containsExactly(new NetworkMember(ids.get(0), COORDINATOR),
                new NetworkMember(ids.get(1), MEMBER));
        assertThat(created.keywords()).containsExactly("verkko-opetus", "työelämä");
        assertThat(networks.find(created.id())).hasValueSatisfying(found ->
                assertThat(found.members()).hasSize(2));
    }

    @Test
    void aCoordinatorListedInAnotherRoleIsPromoted() {
        List<Long> ids = organisationIds();
        NetworkSummary created = networks.create(form("Verkosto ylennys " + System.nanoTime(), ids.get(1),
                new NetworkMember(ids.get(0), PARTNER), new NetworkMember(ids.get(1), MEMBER)));

        assertThat(created.members()).containsExactly(new NetworkMember(ids.get(0), PARTNER),
                new NetworkMember(ids.get(1), COORDINATOR));
    }

    @Test
    void theSameOrganisationTwiceIsRefusedAndNothingIsStored() {
        List<Long> ids = organisationIds();
        String name = "Verkosto tupla " + System.nanoTime();
        NetworkForm form = form(name, ids.get(0), new NetworkMember(ids.get(2), MEMBER), new NetworkMember(ids.get(2), PARTNER));

        assertThatThrownBy(() -> networks.create(form)).isInstanceOfSatisfying(ValidationFailedException.class,
                invalid -> assertThat(invalid.violations()).extracting(Violation::field, Violation::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("members", "network.member.duplicate")));
        assertThat(networks.search(name, false, Pageable.unpaged()).getTotalElements()).isZero();
    }

    @Test
    void onlyTheCoordinatorMayHaveTheCoordinatorRole() {
        List<Long> ids = organisationIds();
        NetworkForm form = form("Verkosto kaksi koordinaattoria", ids.get(0), new NetworkMember(ids.get(1), COORDINATOR));

        assertThatThrownBy(() -> networks.create(form)).isInstanceOfSatisfying(ValidationFailedException.class,
                invalid -> assertThat(invalid.violations()).extracting(Violation::messageKey)
                        .containsExactly("network.member.extraCoordinator"));
    }

    @Test
    void requiredNamesAndAnExistingCoordinatorAreChecked() {
        NetworkForm form = form("", Long.MAX_VALUE);
        form.setNameSv(" ");
        form.setDescription("x".repeat(4001));

        assertThatThrownBy(() -> networks.create(form)).isInstanceOfSatisfying(ValidationFailedException.class,
                invalid -> assertThat(invalid.violations()).extracting(Violation::field)
                        .containsExactlyInAnyOrder("nameFi", "nameSv", "description", "coordinatorId"));
    }

    @Test
    void networksOfAnOrganisationListsItsActiveNetworks() {
        List<Long> ids = organisationIds();
        NetworkSummary created = networks.create(form("Verkosto jäsenyys " + System.nanoTime(), ids.get(3),
                new NetworkMember(ids.get(4), PARTNER)));

        assertThat(networks.networksOf(ids.get(4))).extracting(NetworkSummary::id).contains(created.id());
        networks.archive(created.id(), true);
        assertThat(networks.networksOf(ids.get(4))).extracting(NetworkSummary::id).doesNotContain(created.id());
    }

    @Test
    void aStaleFormIsRefused() {
        List<Long> ids = organisationIds();
        NetworkSummary created = networks.create(form("Verkosto versio " + System.nanoTime(), ids.get(0)));
        NetworkForm first = NetworkForm.of(created);
        NetworkForm second = NetworkForm.of(created);
        first.setDescription("Ensimmäinen muutos");
        networks.update(created.id(), first);
        second.setDescription("Toinen muutos");

        assertThatThrownBy(() -> networks.update(created.id(), second)).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("concurrentModification"));
    }

    @Test
    @WithMockUser(username = "virkailija", roles = "OFFICIAL")
    void staffMayReadButNotChangeNetworks() {
        List<Long> ids = organisationIds();
        assertThat(networks.search("", false, Pageable.ofSize(5))).isNotNull();
        assertThatThrownBy(() -> networks.create(form("Ei sallittu", ids.get(0))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> networks.archive(1, true)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "hakija", roles = "APPLICANT")
    void applicantsCannotSearchNetworks() {
        assertThatThrownBy(() -> networks.search("", false, Pageable.ofSize(5))).isInstanceOf(AccessDeniedException.class);
    }
}
