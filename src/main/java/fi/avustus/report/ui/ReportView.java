package fi.avustus.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.avustus.report.ReportKind;
import fi.avustus.report.ReportSummary;
import fi.avustus.report.Reports;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/** A report's page: for its organisation's people and for staff; the applicant goes on writing from here. */
@Route("reports/:reportId")
@RolesAllowed({Roles.APPLICANT, Roles.OFFICIAL, Roles.ADMIN, Roles.DECISION_MAKER})
public class ReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Reports reports;
    private final transient CurrentUser currentUser;
    private final H2 heading = new H2();

    public ReportView(Reports reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
        setMaxWidth("60rem");
    }

    /** "Interim report 1" or "Final report", in the user's language. */
    static String title(Component host, ReportSummary report) {
        return report.kind() == ReportKind.FINAL ? host.getTranslation("report.kind.FINAL")
                : host.getTranslation("report.kind.INTERIM", report.sequence());
    }

    /** The report, if the user may see it; another organisation's report is as if it did not exist. */
    static ReportSummary visible(Reports reports, long reportId) {
        try {
            return reports.find(reportId).orElseThrow(NotFoundException::new);
        } catch (AccessDeniedException notTheirs) {
            throw new NotFoundException();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long reportId = event.getRouteParameters().getLong("reportId").orElseThrow(NotFoundException::new);
        ReportSummary report = ReportView.visible(reports, reportId);
        removeAll();
        heading.setText(title(this, report));
        add(heading);
        if (report.status().editable() && currentUser.organisationIds().contains(report.organisationId())) {
            Button write = new Button(getTranslation("report.write"),
                    click -> getUI().ifPresent(ui -> ui.navigate("reports/" + reportId + "/edit")));
            write.setId("write");
            write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(write);
        }
        add(new ReportContentView(report, reports));
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – " + getTranslation("app.title");
    }
}
