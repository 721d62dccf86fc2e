package fi.avustus.deadline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.avustus.deadline.Deadline;
import fi.avustus.deadline.DeadlineEntry;
import fi.avustus.deadline.DeadlineQuery;
import fi.avustus.deadline.DeadlineStatus;
import fi.avustus.deadline.DeadlineType;
import fi.avustus.deadline.Deadlines;
import fi.avustus.organisation.NetworkSummary;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.ProgrammeSummary;
import fi.avustus.programme.Programmes;
import fi.avustus.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The administrators' and officials' deadline calendar: upcoming, overdue or done deadlines of
 * every module, narrowed by programme, network, organisation and type, each linking to its case;
 * the list as shown can be downloaded as CSV. {@code ?show=overdue} (or {@code done}) opens a tab.
 */
@Route("deadlines")
@Menu(title = "menu.deadlines", order = 29)
@RolesAllowed({Roles.ADMIN, Roles.OFFICIAL})
public class DeadlineCalendarView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SHOW = "show";

    private final transient Deadlines deadlines;
    private final transient DeadlineTexts texts;
    private final Map<DeadlineStatus, Tab> tabs = Map.of(DeadlineStatus.OPEN, tab("upcoming"),
            DeadlineStatus.OVERDUE, tab("overdue"), DeadlineStatus.DONE, tab("done"));
    private final Tabs tabBar = new Tabs(tabs.get(DeadlineStatus.OPEN), tabs.get(DeadlineStatus.OVERDUE),
            tabs.get(DeadlineStatus.DONE));
    private final ComboBox<ProgrammeSummary> programme = new ComboBox<>();
    private final ComboBox<NetworkSummary> network = new ComboBox<>();
    private final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    private final MultiSelectComboBox<DeadlineType> type = new MultiSelectComboBox<>();
    private final Grid<DeadlineEntry> grid = new Grid<>();
    private final Span count = new Span();
    private transient List<DeadlineEntry> shown = List.of();

    public DeadlineCalendarView(Deadlines deadlines, Programmes programmes, Networks networks, Organisations organisations) {
        this.deadlines = deadlines;
        this.texts = new DeadlineTexts(getLocale(), this::getTranslation);
        setSizeFull();
        tabBar.setId("deadline-tabs");
        tabBar.getElement().setAttribute("aria-label", getTranslation("deadline.tabs"));
        tabBar.addSelectedChangeListener(change -> refresh());

        filter(programme, "programme", programmes.active(), item -> item.name(getLocale()));
        filter(network, "network", networks.active(), item -> item.name(getLocale()));
        filter(organisation, "organisation", organisations.active(), item -> item.name(getLocale()));
        type.setId("type-filter");
        type.setLabel(getTranslation("deadline.filter.type"));
        type.setItems(DeadlineType.values());
        type.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        type.setClearButtonVisible(true);
        type.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(programme, network, organisation, type);
        filters.getStyle().set("flex-wrap", "wrap");

        buildGrid();
        count.setId("deadline-count");
        HorizontalLayout bar = new HorizontalLayout(count, export());
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("deadline.calendar.title")), tabBar, filters, bar, grid);
        setFlexGrow(1, grid);
    }

    private Tab tab(String name) {
        Tab tab = new Tab(getTranslation("deadline.tab." + name));
        tab.setId("tab-" + name);
        return tab;
    }

    private <T> void filter(ComboBox<T> box, String name, List<T> items, Function<T, String> label) {
        box.setId(name + "-filter");
        box.setLabel(getTranslation("deadline.filter." + name));
        box.setItems(items);
        box.setItemLabelGenerator(label::apply);
        box.setClearButtonVisible(true);
        box.setWidth("min(100%, 22rem)");
        box.addValueChangeListener(change -> refresh());
    }

    private void buildGrid() {
        grid.setId("deadlines");
        grid.getElement().setAttribute("aria-label", getTranslation("deadline.calendar.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("deadline.none"));
        column("due", entry -> texts.due(entry.deadline()))
                .setComparator((first, second) -> Deadline.BY_DUE.compare(first.deadline(), second.deadline()));
        column("type", entry -> texts.type(entry.deadline()));
        column("title", entry -> texts.title(entry.deadline())).setFlexGrow(3);
        column("call", texts::context).setFlexGrow(2);
        column("owner", texts::owner).setFlexGrow(2);
        grid.addComponentColumn(entry -> StatusBadge.of(entry.deadline().status(), texts.status(entry.deadline())))
                .setKey("status").setHeader(getTranslation("deadline.column.status")).setAutoWidth(true)
                .setComparator(Comparator.comparing(entry -> entry.deadline().status()));
        grid.addComponentColumn(this::link).setKey("route").setHeader(getTranslation("deadline.column.route"))
                .setAutoWidth(true);
    }

    private Grid.Column<DeadlineEntry> column(String key, Function<DeadlineEntry, String> value) {
        return grid.addColumn(value::apply).setKey(key).setHeader(getTranslation("deadline.column." + key))
                .setAutoWidth(true).setSortable(true);
    }

    private Component link(DeadlineEntry entry) {
        if (entry.deadline().route() == null) {
            return new Span();
        }
        Anchor open = new Anchor(entry.deadline().route(), getTranslation("deadline.open"));
        open.getElement().setAttribute("aria-label", getTranslation("deadline.openCase", texts.title(entry.deadline())));
        return open;
    }

    private Anchor export() {
        Anchor export = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] csv = DeadlineFile.csv(shown, texts, this::getTranslation);
            return new DownloadResponse(new ByteArrayInputStream(csv), getTranslation("deadline.file") + ".csv",
                    "text/csv; charset=UTF-8", csv.length);
        }), AttachmentType.DOWNLOAD, getTranslation("deadline.export"));
        export.setId("export-csv");
        return export;
    }

    /** The query the screen's tab and filters make. */
    DeadlineQuery query() {
        return DeadlineQuery.all()
                .withStatuses(List.of(selectedStatus()))
                .inProgramme(Optional.ofNullable(programme.getValue()).map(ProgrammeSummary::id).orElse(null))
                .inNetwork(Optional.ofNullable(network.getValue()).map(NetworkSummary::id).orElse(null))
                .ofOrganisation(Optional.ofNullable(organisation.getValue()).map(OrganisationSummary::id).orElse(null))
                .ofTypes(type.getValue());
    }

    private DeadlineStatus selectedStatus() {
        return tabs.entrySet().stream().filter(tab -> tab.getValue() == tabBar.getSelectedTab()).map(Map.Entry::getKey)
                .findFirst().orElse(DeadlineStatus.OPEN);
    }

    private void refresh() {
        List<DeadlineEntry> found = new ArrayList<>(deadlines.entries(query()));
        if (selectedStatus() == DeadlineStatus.DONE) {
            // What was done lately matters more than what was done long ago.
            Collections.reverse(found);
        }
        shown = List.copyOf(found);
        grid.setItems(shown);
        count.setText(getTranslation("deadline.count", shown.size()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String show = event.getLocation().getQueryParameters().getSingleParameter(SHOW).orElse("upcoming");
        Tab wanted = Arrays.stream(DeadlineStatus.values()).map(tabs::get)
                .filter(tab -> tab.getId().orElse("").equals("tab-" + show.toLowerCase(Locale.ROOT)))
                .findFirst().orElse(tabs.get(DeadlineStatus.OPEN));
        if (tabBar.getSelectedTab() == wanted) {
            refresh();
        } else {
            tabBar.setSelectedTab(wanted);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deadline.calendar.title") + " – " + getTranslation("app.title");
    }
}
