package fi.avustus.programme.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.security.Roles;
import fi.avustus.ui.SearchableList;
import jakarta.annotation.security.RolesAllowed;

/** Administrators find, open and create calls for applications, and see which are published. */
@Route("admin/calls")
@Menu(title = "menu.calls", order = 31)
@RolesAllowed(Roles.ADMIN)
public class CallListView extends SearchableList<CallSummary> {

    public CallListView(Calls calls) {
        super(CallSummary.class, "call.list.title", calls::search);
        CallColumns.addTo(grid, this, getLocale(), true);
        addCreateButton("call.create", () -> getUI().ifPresent(ui -> ui.navigate(CallEditView.class, "new")));
        onOpen(call -> getUI().ifPresent(ui -> ui.navigate(CallEditView.class, String.valueOf(call.id()))));
    }
}
