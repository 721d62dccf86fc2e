package fi.avustus.organisation.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.avustus.organisation.SteeringGroupSummary;
import fi.avustus.organisation.SteeringGroups;
import fi.avustus.security.Roles;
import fi.avustus.shared.Time;
import fi.avustus.ui.SearchableList;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/** Administrators find, open and create steering groups; the list shows each group's term and chair today. */
@Route("admin/steering-groups")
@Menu(title = "menu.steeringGroups", order = 22)
@RolesAllowed(Roles.ADMIN)
public class SteeringGroupListView extends SearchableList<SteeringGroupSummary> {

    public SteeringGroupListView(SteeringGroups steeringGroups, Clock clock) {
        super(SteeringGroupSummary.class, "steeringGroup.list.title", steeringGroups::search);
        grid.addColumn(group -> group.name(getLocale())).setKey("name")
                .setHeader(getTranslation("steeringGroup.name")).setSortProperty("name.fi").setFlexGrow(3);
        grid.addColumn(group -> Time.formatDate(group.termStart()) + " – " + Time.formatDate(group.termEnd())).setKey("term")
                .setHeader(getTranslation("steeringGroup.term")).setSortProperty("termStart").setAutoWidth(true);
        grid.addColumn(group -> group.members().size()).setKey("members")
                .setHeader(getTranslation("steeringGroup.memberCount")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(group -> group.chairOn(LocalDate.now(clock)).map(chair -> chair.personName()).orElse("–"))
                .setKey("chair").setHeader(getTranslation("steeringGroup.chair")).setFlexGrow(2);
        addCreateButton("steeringGroup.create",
                () -> getUI().ifPresent(ui -> ui.navigate(SteeringGroupEditView.class, "new")));
        onOpen(group -> getUI().ifPresent(ui -> ui.navigate(SteeringGroupEditView.class, String.valueOf(group.id()))));
    }
}
