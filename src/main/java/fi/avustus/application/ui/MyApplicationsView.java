package fi.avustus.application.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fi.avustus.application.ApplicationSummary;
import fi.avustus.application.Applications;
import fi.avustus.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The applicant's applications across their organisations: where each stands and what is expected of them. */
@Route("applications")
@Menu(title = "menu.myApplications", order = 20)
@RolesAllowed(Roles.APPLICANT)
public class MyApplicationsView extends VerticalLayout implements HasDynamicTitle {

    public MyApplicationsView(Applications applications) {
        setMaxWidth("80rem");
        add(new H2(getTranslation("application.mine.title")));
        List<ApplicationSummary> mine = applications.mine();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("application.mine.none"));
            none.setId("no-applications");
            add(none);
            return;
        }
        Grid<ApplicationSummary> grid = new Grid<>();
        grid.setId("my-applications");
        grid.getElement().setAttribute("aria-label", getTranslation("application.mine.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::link).setHeader(getTranslation("application.projectName")).setKey("project");
        grid.addColumn(application -> application.callTitle(StatusTexts.locale())).setHeader(getTranslation("application.call"));
        grid.addColumn(application -> application.organisationName(StatusTexts.locale()))
                .setHeader(getTranslation("application.organisation"));
        grid.addComponentColumn(application -> StatusTexts.badge(this, application.status()))
                .setHeader(getTranslation("application.status")).setKey("status");
        grid.addColumn(application -> StatusTexts.expected(this, application))
                .setHeader(getTranslation("application.expected")).setKey("expected");
        grid.setItems(mine);
        add(grid);
    }

    private RouterLink link(ApplicationSummary application) {
        String text = application.projectName().isBlank()
                ? getTranslation("application.untitled", application.id()) : application.projectName();
        RouterLink link = application.status().editableByApplicant()
                ? new RouterLink(text, ApplicationEditorView.class, ApplicationView.parameters(application.id()))
                : new RouterLink(text, ApplicationView.class, ApplicationView.parameters(application.id()));
        link.setId("application-" + application.id());
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("application.mine.title") + " – " + getTranslation("app.title");
    }
}
