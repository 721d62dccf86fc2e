package fi.avustus.project.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import fi.avustus.audit.AuditLog;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.Calls;
import fi.avustus.project.ProjectBudgetLine;
import fi.avustus.project.ProjectContact;
import fi.avustus.project.ProjectSections;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.project.internal.Project;
import fi.avustus.security.Roles;
import fi.avustus.shared.Money;
import fi.avustus.ui.AuditHistory;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * A funded project's page: who, how much and until when, its contact person and the accepted
 * budget; then the sections other modules contribute (reports with their due dates, payments,
 * change requests) and the project's change history. Staff see every project, applicants their
 * own organisations'; for anyone else the project does not exist.
 */
@Route("projects/:id")
@RolesAllowed({Roles.APPLICANT, Roles.ADMIN, Roles.OFFICIAL, Roles.DECISION_MAKER})
public class ProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Projects projects;
    private final transient Organisations organisations;
    private final transient Calls calls;
    private final transient AuditLog auditLog;
    private final transient ObjectProvider<ProjectSections> sections;
    private final H2 heading = new H2();

    public ProjectView(Projects projects, Organisations organisations, Calls calls, AuditLog auditLog,
                       ObjectProvider<ProjectSections> sections) {
        this.projects = projects;
        this.organisations = organisations;
        this.calls = calls;
        this.auditLog = auditLog;
        this.sections = sections;
        setMaxWidth("80rem");
    }

    public static RouteParameters parameters(long projectId) {
        return new RouteParameters("id", String.valueOf(projectId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        ProjectSummary project;
        try {
            project = projects.find(id).orElseThrow(NotFoundException::new);
        } catch (AccessDeniedException notTheirs) {
            throw new NotFoundException();
        }
        show(project);
    }

    private void show(ProjectSummary project) {
        removeAll();
        heading.setText(ProjectTexts.title(this, project));
        add(heading, facts(project), new H3(getTranslation("project.budget")), budget(project));
        Stream<ProjectSections> ordered = sections.stream().sorted(Comparator.comparingInt(ProjectSections::order));
        ordered.forEach(section -> add(section.section(project, getLocale())));
        add(new AuditHistory(auditLog, Project.class, project.id()));
    }

    private DescriptionList facts(ProjectSummary project) {
        DescriptionList facts = new DescriptionList();
        facts.setId("facts");
        OrganisationSummary organisation = organisations.findAll(List.of(project.organisationId())).stream()
                .findFirst().orElse(null);
        fact(facts, "project.organisation", organisation == null ? ""
                : organisation.name(getLocale()) + " (" + organisation.businessId() + ")");
        fact(facts, "project.call", calls.findPublished(project.callId())
                .map(call -> call.title(getLocale()) + " – " + call.programmeName().in(getLocale())).orElse(""));
        fact(facts, "project.granted", Money.format(project.grantedAmount(), getLocale()));
        fact(facts, "project.usagePeriod", ProjectTexts.period(project));
        facts.add(new DescriptionList.Term(getTranslation("project.status")),
                new DescriptionList.Description(ProjectTexts.badge(this, project.status())));
        fact(facts, "project.contact", contact(project.contact())).setId("contact");
        return facts;
    }

    private String contact(ProjectContact contact) {
        if (contact.isEmpty()) {
            return getTranslation("project.contact.none");
        }
        List<String> parts = new ArrayList<>();
        Stream.of(contact.name(), contact.email(), contact.phone()).filter(part -> part != null).forEach(parts::add);
        return String.join(", ", parts);
    }

    private DescriptionList.Description fact(DescriptionList facts, String key, String value) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        facts.add(new DescriptionList.Term(getTranslation(key)), description);
        return description;
    }

    private Grid<ProjectBudgetLine> budget(ProjectSummary project) {
        Grid<ProjectBudgetLine> grid = new Grid<>();
        grid.setId("budget");
        grid.getElement().setAttribute("aria-label", getTranslation("project.budget"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(line -> ProjectTexts.category(this, line.category())).setHeader(getTranslation("project.budget.category"))
                .setFooter(getTranslation("project.budget.total"));
        grid.addColumn(ProjectBudgetLine::year).setHeader(getTranslation("project.budget.year")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProjectBudgetLine::description).setHeader(getTranslation("project.budget.description")).setFlexGrow(2);
        grid.addColumn(line -> Money.format(line.amount(), getLocale())).setHeader(getTranslation("project.budget.amount"))
                .setFooter(Money.format(project.budgetTotal(), getLocale())).setKey("amount").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(project.budgetLines());
        return grid;
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – " + getTranslation("app.title");
    }
}
