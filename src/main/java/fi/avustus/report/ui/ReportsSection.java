package fi.avustus.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fi.avustus.project.ProjectSections;
import fi.avustus.project.ProjectSummary;
import fi.avustus.report.ReportSummary;
import fi.avustus.report.Reports;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import java.util.Locale;

/** The project's reports on its page: each with its due date and status, opened from here. */
@org.springframework.stereotype.Component
class ReportsSection implements ProjectSections {

    /** Right after the project's facts: what the project owes next. */
    static final int ORDER = 10;

    private final Reports reports;

    ReportsSection(Reports reports) {
        this.reports = reports;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public Component section(ProjectSummary project, Locale locale) {
        VerticalLayout section = new VerticalLayout();
        section.setId("project-reports");
        section.setPadding(false);
        section.add(new H3(section.getTranslation("report.list.title")));
        Grid<ReportSummary> grid = new Grid<>();
        grid.setId("report-list");
        grid.getElement().setAttribute("aria-label", section.getTranslation("report.list.title"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(section.getTranslation("report.list.none"));
        grid.addComponentColumn(report -> {
            Anchor open = new Anchor("reports/" + report.id(), ReportView.title(section, report));
            open.setId("report-" + report.id());
            return open;
        }).setHeader(section.getTranslation("report.list.report")).setAutoWidth(true);
        grid.addColumn(report -> Time.formatDate(report.dueDate()))
                .setHeader(section.getTranslation("report.dueDate")).setAutoWidth(true);
        grid.addColumn(report -> section.getTranslation("report.status." + report.status()))
                .setHeader(section.getTranslation("report.status")).setAutoWidth(true);
        grid.addColumn(report -> Money.format(report.content().totalSpent(), locale))
                .setHeader(section.getTranslation("report.totalSpent")).setAutoWidth(true);
        grid.setItems(reports.ofProject(project.id()));
        section.add(grid);
        return section;
    }
}
