package fi.avustus.organisation.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.security.Roles;
import fi.avustus.ui.SearchableList;
import jakarta.annotation.security.RolesAllowed;

/** Administrators find, open and create organisations. */
@Route("admin/organisations")
@Menu(title = "menu.organisations", order = 20)
@RolesAllowed(Roles.ADMIN)
public class OrganisationListView extends SearchableList<OrganisationSummary> {

    public OrganisationListView(Organisations organisations) {
        super(OrganisationSummary.class, "organisation.list.title", organisations::search);
        grid.addColumn(organisation -> organisation.name(getLocale())).setKey("name")
                .setHeader(getTranslation("organisation.name")).setSortProperty("nameFi").setFlexGrow(3);
        grid.addColumn(OrganisationSummary::businessId).setKey("businessId")
                .setHeader(getTranslation("organisation.businessId")).setSortProperty("businessId");
        grid.addColumn(organisation -> getTranslation("organisation.type." + organisation.type()))
                .setHeader(getTranslation("organisation.type")).setSortProperty("type");
        grid.addColumn(OrganisationSummary::region).setHeader(getTranslation("organisation.region"))
                .setSortProperty("region");
        addCreateButton("organisation.create", () -> getUI().ifPresent(ui -> ui.navigate(OrganisationEditView.class, "new")));
        onOpen(organisation -> getUI().ifPresent(ui ->
                ui.navigate(OrganisationEditView.class, String.valueOf(organisation.id()))));
    }
}
