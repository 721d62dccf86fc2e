package fi.avustus.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fi.avustus.organisation.NetworkForm;
import fi.avustus.organisation.NetworkMember;
import fi.avustus.organisation.NetworkRole;
import fi.avustus.organisation.NetworkSummary;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.ui.ListField;
import fi.avustus.ui.UiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class NetworkViewsTest extends UiTest {

    @Autowired
    Networks networks;

    @Autowired
    Organisations organisations;

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> comboBox(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    private static void type(String id, String text) {
        _setValue(_get(TextField.class, spec -> spec.withId(id)), text);
    }

    private List<NetworkSummary> named(String name) {
        return networks.search(name, false, Pageable.unpaged()).getContent();
    }

    @Test
    void anAdministratorCreatesANetworkWithMembersAndCannotListAnOrganisationTwice() {
        login("admin");
        List<OrganisationSummary> active = organisations.active();
        String name = "Karibun verkosto " + System.nanoTime();
        UI.getCurrent().navigate(NetworkEditView.class, "new");
        type("nameFi", name);
        type("nameSv", "Karibus nätverk");
        type("keywords", "verkko-opetus, työelämä");
        _setValue(comboBox("coordinatorId"), active.get(0).id());
        _setValue(comboBox("member-organisation"), active.get(1).id());
        @SuppressWarnings("unchecked")
        Select<NetworkRole> role = _get(Select.class, spec -> spec.withId("member-role"));
        _setValue(role, NetworkRole.PARTNER);
        _click(_get(Button.class, spec -> spec.withId("members-add")));
        _setValue(comboBox("member-organisation"), active.get(1).id());
        _click(_get(Button.class, spec -> spec.withId("members-add")));

        ListField<?> members = _get(ListField.class, spec -> spec.withId("members"));
        assertThat(members.isInvalid()).isTrue();
        assertThat(members.getErrorMessage()).isEqualTo("Tämä on jo luettelossa.");
        assertThat(GridKt._size(members.getGrid())).isOne();

        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(named(name)).singleElement().satisfies(network -> {
            assertThat(network.members()).containsExactly(new NetworkMember(active.get(0).id(), NetworkRole.COORDINATOR),
                    new NetworkMember(active.get(1).id(), NetworkRole.PARTNER));
            assertThat(network.keywords()).containsExactly("verkko-opetus", "työelämä");
        });
        // After saving, the page shows the stored network, the coordinator added as a member.
        assertThat(GridKt._size(_get(ListField.class, spec -> spec.withId("members")).getGrid())).isEqualTo(2);
    }

    @Test
    void aMissingSwedishNameAndCoordinatorAreShownOnTheFieldsAndNothingIsStored() {
        login("admin");
        String name = "Keskeneräinen verkosto " + System.nanoTime();
        UI.getCurrent().navigate(NetworkEditView.class, "new");
        type("nameFi", name);
        _click(_get(Button.class, spec -> spec.withId("save")));

        TextField nameSv = _get(TextField.class, spec -> spec.withId("nameSv"));
        assertThat(nameSv.isInvalid()).isTrue();
        assertThat(nameSv.getErrorMessage()).isEqualTo("Pakollinen tieto");
        assertThat(comboBox("coordinatorId").isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("nameFi")).getValue()).as("typed text kept").isEqualTo(name);
        assertThat(named(name)).isEmpty();
    }

    @Test
    void aMemberIsRemovedFromAStoredNetwork() {
        login("admin");
        List<OrganisationSummary> active = organisations.active();
        NetworkForm form = new NetworkForm();
        form.setNameFi("Poistettava jäsen " + System.nanoTime());
        form.setNameSv("Medlem tas bort");
        form.setCoordinatorId(active.get(0).id());
        form.setMembers(List.of(new NetworkMember(active.get(2).id(), NetworkRole.MEMBER)));
        NetworkSummary network = networks.create(form);

        UI.getCurrent().navigate(NetworkEditView.class, String.valueOf(network.id()));
        Grid<?> grid = _get(ListField.class, spec -> spec.withId("members")).getGrid();
        Component actions = GridKt._getCellComponent(grid, 1, "actions");
        _click(_get(actions, Button.class, spec -> spec.withClasses("remove-row")));
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(networks.find(network.id()).orElseThrow().members())
                .containsExactly(new NetworkMember(active.get(0).id(), NetworkRole.COORDINATOR));
    }

    @Test
    void theListFindsANetworkAndNamesItsCoordinator() {
        login("admin");
        OrganisationSummary coordinator = organisations.active().get(0);
        String name = "Haettava verkosto " + System.nanoTime();
        NetworkForm form = new NetworkForm();
        form.setNameFi(name);
        form.setNameSv("Sökbart nätverk");
        form.setCoordinatorId(coordinator.id());
        networks.create(form);

        UI.getCurrent().navigate(NetworkListView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("search")), name);
        @SuppressWarnings("unchecked")
        Grid<NetworkSummary> grid = _get(Grid.class, spec -> spec.withId("list-grid"));
        assertThat(GridKt._size(grid)).isOne();
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(name, coordinator.nameFi());
    }
}
