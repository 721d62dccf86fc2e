package fi.avustus.organisation.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.avustus.organisation.NetworkSummary;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.Organisations;
import fi.avustus.security.Roles;
import fi.avustus.ui.SearchableList;
import jakarta.annotation.security.RolesAllowed;

/** Administrators find, open and create networks. */
@Route("admin/networks")
@Menu(title = "menu.networks", order = 21)
@RolesAllowed(Roles.ADMIN)
public class NetworkListView extends SearchableList<NetworkSummary> {

    public NetworkListView(Networks networks, Organisations organisations) {
        super(NetworkSummary.class, "network.list.title", networks::search);
        OrganisationChoices names = new OrganisationChoices(this::getLocale, organisations);
        grid.addColumn(network -> network.name(getLocale())).setKey("name")
                .setHeader(getTranslation("network.name")).setSortProperty("name.fi").setFlexGrow(3);
        grid.addColumn(network -> names.name(network.coordinatorId())).setKey("coordinator")
                .setHeader(getTranslation("network.coordinator")).setFlexGrow(2);
        grid.addColumn(network -> network.members().size()).setKey("members")
                .setHeader(getTranslation("network.memberCount")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(network -> String.join(", ", network.keywords())).setKey("keywords")
                .setHeader(getTranslation("network.keywords")).setFlexGrow(2);
        addCreateButton("network.create", () -> getUI().ifPresent(ui -> ui.navigate(NetworkEditView.class, "new")));
        onOpen(network -> getUI().ifPresent(ui -> ui.navigate(NetworkEditView.class, String.valueOf(network.id()))));
    }
}
