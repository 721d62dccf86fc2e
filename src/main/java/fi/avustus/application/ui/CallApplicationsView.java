package fi.avustus.application.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fi.avustus.application.ApplicationSummary;
import fi.avustus.application.Applications;
import fi.avustus.application.CallApplications;
import fi.avustus.programme.Calls;
import fi.avustus.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** Staff's view of one call's submitted applications: how many are in each status, and each case. */
@Route("calls/:callId/applications")
@RolesAllowed({Roles.ADMIN, Roles.OFFICIAL, Roles.DECISION_MAKER})
public class CallApplicationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Applications applications;
    private final transient Calls calls;

    public CallApplicationsView(Applications applications, Calls calls) {
        this.applications = applications;
        this.calls = calls;
        setMaxWidth("80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long callId = event.getRouteParameters().getLong("callId").orElseThrow(NotFoundException::new);
        String title = calls.find(callId).orElseThrow(NotFoundException::new).title(StatusTexts.locale());
        CallApplications ofCall = applications.ofCall(callId);
        removeAll();
        add(new H2(getTranslation("application.ofCall.title", title)));
        HorizontalLayout counts = new HorizontalLayout();
        counts.setId("status-counts");
        counts.getStyle().set("flex-wrap", "wrap");
        ofCall.countsByStatus().forEach((status, count) -> {
            Span badge = StatusTexts.badge(this, status);
            badge.setText(badge.getText() + ": " + count);
            counts.add(badge);
        });
        Grid<ApplicationSummary> grid = new Grid<>();
        grid.setId("call-applications");
        grid.getElement().setAttribute("aria-label", getTranslation("application.ofCall.title", title));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(application -> new RouterLink(application.projectName(), ApplicationView.class,
                ApplicationView.parameters(application.id()))).setHeader(getTranslation("application.projectName"));
        grid.addColumn(application -> application.organisationName(StatusTexts.locale()))
                .setHeader(getTranslation("application.organisation"));
        grid.addComponentColumn(application -> StatusTexts.badge(this, application.status()))
                .setHeader(getTranslation("application.status"));
        grid.addColumn(application -> StatusTexts.time(this, application.lastSubmittedAt()))
                .setHeader(getTranslation("application.submittedAt"));
        grid.setItems(ofCall.applications());
        add(counts, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("application.ofCall.heading") + " – " + getTranslation("app.title");
    }
}
