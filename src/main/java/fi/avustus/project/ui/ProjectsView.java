package fi.avustus.project.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeSummary;
import fi.avustus.programme.Programmes;
import fi.avustus.project.ProjectFilter;
import fi.avustus.project.ProjectStatus;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.security.Roles;
import fi.avustus.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Funded projects: an applicant's own organisations' projects; staff see every project, narrowed
 * by programme, call and status, a page at a time.
 */
@Route("projects")
@Menu(title = "menu.projects", order = 26)
@RolesAllowed({Roles.APPLICANT, Roles.ADMIN, Roles.OFFICIAL, Roles.DECISION_MAKER})
public class ProjectsView extends VerticalLayout implements HasDynamicTitle {

    private final transient Projects projects;
    private final transient Calls calls;
    private final transient Organisations organisations;
    private final Grid<ProjectSummary> grid = new Grid<>();
    private final Select<ProgrammeSummary> programme = new Select<>();
    private final Select<CallSummary> call = new Select<>();
    private final Select<ProjectStatus> status = new Select<>();
    private final Map<Long, String> organisationNames = new HashMap<>();
    private final Map<Long, String> callTitles = new HashMap<>();

    public ProjectsView(Projects projects, Programmes programmes, Calls calls, Organisations organisations,
                        CurrentUser currentUser) {
        this.projects = projects;
        this.calls = calls;
        this.organisations = organisations;
        setSizeFull();
        add(new H2(getTranslation("project.list.title")));
        columns();
        boolean staff = currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.OFFICIAL)
                || currentUser.hasRole(Role.DECISION_MAKER);
        if (staff) {
            add(filters(programmes));
            grid.setItems(query -> rows(projects.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).getContent()).stream());
        } else {
            grid.setItems(rows(projects.mine()));
        }
        add(grid);
        setFlexGrow(1, grid);
    }

    private void columns() {
        grid.setId("projects");
        grid.getElement().setAttribute("aria-label", getTranslation("project.list.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("project.list.none"));
        grid.addComponentColumn(this::link).setHeader(getTranslation("project.name")).setKey("name").setFlexGrow(2);
        grid.addColumn(project -> organisationNames.getOrDefault(project.organisationId(), ""))
                .setHeader(getTranslation("project.organisation")).setKey("organisation").setFlexGrow(2);
        grid.addColumn(project -> callTitles.getOrDefault(project.callId(), "")).setHeader(getTranslation("project.call"))
                .setKey("call").setFlexGrow(2);
        grid.addColumn(project -> Money.format(project.grantedAmount(), getLocale()))
                .setHeader(getTranslation("project.granted")).setKey("granted").setAutoWidth(true);
        grid.addColumn(ProjectTexts::period).setHeader(getTranslation("project.usagePeriod")).setKey("period").setAutoWidth(true);
        grid.addComponentColumn(project -> ProjectTexts.badge(this, project.status()))
                .setHeader(getTranslation("project.status")).setKey("status").setAutoWidth(true);
    }

    private HorizontalLayout filters(Programmes programmes) {
        programme.setId("programme");
        programme.setLabel(getTranslation("project.programme"));
        programme.setItems(programmes.active());
        programme.setEmptySelectionAllowed(true);
        programme.setEmptySelectionCaption(getTranslation("project.filter.all"));
        programme.setItemLabelGenerator(value -> value == null ? getTranslation("project.filter.all") : value.name(getLocale()));
        programme.addValueChangeListener(change -> {
            call.setItems(change.getValue() == null ? List.of() : calls.ofProgramme(change.getValue().id()));
            call.setEnabled(change.getValue() != null);
            refresh();
        });
        call.setId("call");
        call.setLabel(getTranslation("project.call"));
        call.setEnabled(false);
        call.setEmptySelectionAllowed(true);
        call.setEmptySelectionCaption(getTranslation("project.filter.all"));
        call.setItemLabelGenerator(value -> value == null ? getTranslation("project.filter.all") : value.title(getLocale()));
        call.addValueChangeListener(change -> refresh());
        status.setId("status");
        status.setLabel(getTranslation("project.status"));
        status.setItems(ProjectStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("project.filter.all"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("project.filter.all")
                : getTranslation("project.status." + value.name()));
        status.addValueChangeListener(change -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(programme, call, status);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    private ProjectFilter filter() {
        return new ProjectFilter(Optional.ofNullable(programme.getValue()).map(ProgrammeSummary::id).orElse(null),
                Optional.ofNullable(call.getValue()).map(CallSummary::id).orElse(null), status.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** The rows, with the names of their organisations and calls read once for the whole page. */
    private List<ProjectSummary> rows(List<ProjectSummary> page) {
        organisationNames.putAll(organisations.findAll(page.stream().map(ProjectSummary::organisationId)
                        .filter(id -> !organisationNames.containsKey(id)).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, organisation -> organisation.name(getLocale()))));
        page.stream().map(ProjectSummary::callId).distinct().filter(id -> !callTitles.containsKey(id))
                .forEach(id -> callTitles.put(id, calls.findPublished(id).map(found -> found.title(getLocale())).orElse("")));
        return page;
    }

    private RouterLink link(ProjectSummary project) {
        RouterLink link = new RouterLink(ProjectTexts.title(this, project), ProjectView.class, ProjectView.parameters(project.id()));
        link.setId("project-" + project.id());
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("project.list.title") + " – " + getTranslation("app.title");
    }
}
