package fi.avustus.organisation.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.avustus.security.Roles;
import fi.avustus.security.UserSummary;
import fi.avustus.security.Users;
import fi.avustus.ui.SearchableList;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/**
 * Administrators find, open and create users. It lives here rather than in the security module
 * because that module must not depend on the UI, and user forms need the organisation chooser.
 */
@Route("admin/users")
@Menu(title = "menu.users", order = 40)
@RolesAllowed(Roles.ADMIN)
public class UserListView extends SearchableList<UserSummary> {

    public UserListView(Users users) {
        super(UserSummary.class, "user.list.title", users::search);
        grid.addColumn(UserSummary::username).setKey("username")
                .setHeader(getTranslation("user.username")).setSortProperty("username").setFlexGrow(2);
        grid.addColumn(UserSummary::displayName).setKey("displayName")
                .setHeader(getTranslation("user.displayName")).setSortProperty("displayName").setFlexGrow(3);
        grid.addColumn(user -> user.roles().stream().sorted().map(role -> getTranslation("role." + role))
                        .collect(Collectors.joining(", "))).setKey("roles")
                .setHeader(getTranslation("user.roles")).setFlexGrow(3);
        grid.addColumn(user -> getTranslation(user.active() ? "user.state.active" : "user.state.inactive"))
                .setKey("active").setHeader(getTranslation("user.state")).setAutoWidth(true).setFlexGrow(0);
        addCreateButton("user.create", () -> getUI().ifPresent(ui -> ui.navigate(UserEditView.class, "new")));
        onOpen(user -> getUI().ifPresent(ui -> ui.navigate(UserEditView.class, String.valueOf(user.id()))));
    }
}
