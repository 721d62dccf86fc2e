package fi.avustus.programme.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.avustus.programme.ProgrammeForm;
import fi.avustus.programme.ProgrammeSummary;
import fi.avustus.programme.Programmes;
import fi.avustus.security.Roles;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import fi.avustus.ui.SearchableList;
import jakarta.annotation.security.RolesAllowed;

/** Administrators find, open and create funding programmes. */
@Route("admin/programmes")
@Menu(title = "menu.programmes", order = 30)
@RolesAllowed(Roles.ADMIN)
public class ProgrammeListView extends SearchableList<ProgrammeSummary> {


    public ProgrammeListView(Programmes programmes) {
        super(ProgrammeSummary.class, "programme.list.title", programmes::search);
        grid.addColumn(programme -> programme.name(getLocale())).setKey("name")
                .setHeader(getTranslation("programme.name")).setSortProperty("name.fi").setFlexGrow(3);
        grid.addColumn(programme -> Time.formatDate(programme.periodStart()) + "–" + Time.formatDate(programme.periodEnd()))
                .setKey("period").setHeader(getTranslation("programme.period")).setSortProperty("periodStart")
                .setAutoWidth(true);
        grid.addColumn(programme -> Money.format(programme.totalBudget(), getLocale())).setKey("totalBudget")
                .setHeader(getTranslation("programme.totalBudget")).setSortProperty("totalBudget").setAutoWidth(true);
        grid.addColumn(programme -> ProgrammeForm.joinThemes(programme.themes())).setKey("themes")
                .setHeader(getTranslation("programme.themes")).setFlexGrow(2);
        addCreateButton("programme.create", () -> getUI().ifPresent(ui -> ui.navigate(ProgrammeEditView.class, "new")));
        onOpen(programme -> getUI().ifPresent(ui ->
                ui.navigate(ProgrammeEditView.class, String.valueOf(programme.id()))));
    }
}
