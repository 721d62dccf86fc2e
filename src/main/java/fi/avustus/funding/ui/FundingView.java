package fi.avustus.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fi.avustus.funding.FundingFigures;
import fi.avustus.funding.FundingOverview;
import fi.avustus.funding.FundingUse;
import fi.avustus.funding.NetworkFunding;
import fi.avustus.funding.ProgrammeFunding;
import fi.avustus.funding.ProjectFunding;
import fi.avustus.security.Roles;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Funding use for administrators and officials: all programmes, then a programme's networks, then a
 * network's projects. The level is in the query ({@code ?programme=1&network=2}, {@code network=none}
 * for the projects in no network), so that every level can be linked to and the back button returns
 * to the level before. Each level has its table (with the total in the footer), two charts and the
 * indicators, and both tables can be downloaded as CSV and XLSX.
 */
@Route("funding")
@Menu(title = "menu.funding", order = 32)
@RolesAllowed({Roles.ADMIN, Roles.OFFICIAL})
public class FundingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PROGRAMME = "programme";
    static final String NETWORK = "network";
    static final String NO_NETWORK = "none";

    private final transient FundingUse fundingUse;
    private String heading = "";

    public FundingView(FundingUse fundingUse) {
        this.fundingUse = fundingUse;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<String> programmeId = query.getSingleParameter(PROGRAMME);
        Optional<String> networkId = query.getSingleParameter(NETWORK);
        removeAll();
        if (programmeId.isEmpty()) {
            showProgrammes(fundingUse.overview());
            return;
        }
        long id = id(programmeId.get());
        FundingOverview overview = fundingUse.overview(id);
        ProgrammeFunding programme = overview.programme(id).orElseThrow(NotFoundException::new);
        if (networkId.isEmpty()) {
            showNetworks(overview, programme);
        } else {
            Long network = NO_NETWORK.equals(networkId.get()) ? null : id(networkId.get());
            showProjects(overview, programme, programme.network(network).orElseThrow(NotFoundException::new));
        }
    }

    private void showProgrammes(FundingOverview overview) {
        List<Line> lines = overview.programmes().stream()
                .map(programme -> new Line(programme.name().in(getLocale()), programme, programme.figures())).toList();
        show(overview, Level.PROGRAMMES, getTranslation("funding.title"), lines, overview.figures(), List.of(),
                line -> link(line.name(), query(((ProgrammeFunding) line.row()).programmeId(), null)));
    }

    private void showNetworks(FundingOverview overview, ProgrammeFunding programme) {
        List<Line> lines = programme.networks().stream()
                .map(network -> new Line(name(network), network, network.figures())).toList();
        show(overview, Level.NETWORKS, programme.name().in(getLocale()), lines, programme.figures(),
                List.of(link(getTranslation("funding.allProgrammes"), query(null, null))),
                line -> link(line.name(), query(programme.programmeId(), (NetworkFunding) line.row())));
    }

    private void showProjects(FundingOverview overview, ProgrammeFunding programme, NetworkFunding network) {
        List<Line> lines = network.projects().stream()
                .map(project -> new Line(name(project), project, project.figures())).toList();
        show(overview, Level.PROJECTS, name(network), lines, network.figures(),
                List.of(link(getTranslation("funding.allProgrammes"), query(null, null)),
                        link(programme.name().in(getLocale()), query(programme.programmeId(), null))),
                this::projectLink);
    }

    /** A project's name opens its application's case page, when there is one. */
    private Component projectLink(Line line) {
        ProjectFunding project = (ProjectFunding) line.row();
        return project.name() == null ? new Span(line.name())
                : new Anchor("applications/" + project.applicationId(), line.name());
    }

    private void show(FundingOverview overview, Level level, String title, List<Line> lines, FundingFigures total,
                      List<Component> path, Function<Line, Component> drillDown) {
        heading = title;
        Locale locale = getLocale();
        add(breadcrumb(path, title), new H2(title),
                new Paragraph(getTranslation("funding.asOf",
                        Time.formatDate(overview.today()))));
        if (!total.reported()) {
            Paragraph note = new Paragraph(getTranslation("funding.noReports", Money.format(BigDecimal.ZERO, locale)));
            note.setId("funding-no-reports");
            add(note);
        }
        add(help());

        String tableTitle = getTranslation("funding.table." + level);
        Table<Line> table = level.table(lines, new Line(getTranslation("funding.total"), null, total), locale,
                this::getTranslation);
        add(new H3(tableTitle), Exports.of("table", tableTitle, table.spreadsheet(), getTranslation(
                "funding.file." + level), this::getTranslation), table.grid("funding-table", tableTitle, locale, drillDown));
        if (!lines.isEmpty()) {
            add(chart("chart-money", "funding.chart.money", FundingCharts.money(lines, locale, this::getTranslation),
                    tableTitle));
            add(chart("chart-burn-rate", "funding.chart.burnRate",
                    FundingCharts.burnRate(lines, locale, this::getTranslation), tableTitle));
        }
        add(indicators(level, lines));
    }

    private Component[] chart(String id, String titleKey, BarChart chart, String tableTitle) {
        String chartTitle = getTranslation(titleKey);
        return new Component[] {new H3(chartTitle),
                new InlineSvg(id, chart.svg(id + "-svg", getTranslation("funding.chart.description", chartTitle,
                        tableTitle)))};
    }

    private Component[] indicators(Level level, List<Line> lines) {
        String title = getTranslation("funding.indicators");
        Table<Level.Indicator> table = level.indicators(lines, this::getTranslation);
        if (table.rows().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("funding.indicators.none"));
            none.setId("funding-no-indicators");
            return new Component[] {new H3(title), none};
        }
        return new Component[] {new H3(title), Exports.of("indicators", title, table.spreadsheet(),
                getTranslation("funding.file.indicators"), this::getTranslation),
                table.grid("funding-indicators", title, getLocale(), null)};
    }

    private Details help() {
        VerticalLayout text = new VerticalLayout();
        text.setPadding(false);
        for (String part : List.of("elapsed", "spent", "forecast", "network", "indicators")) {
            text.add(new Paragraph(getTranslation("funding.help." + part)));
        }
        Details help = new Details(getTranslation("funding.help"), text);
        help.setId("funding-help");
        return help;
    }

    /** Where the viewer is: links to the levels above, then the current one. */
    private Nav breadcrumb(List<Component> path, String current) {
        Nav nav = new Nav();
        nav.setId("funding-breadcrumb");
        nav.getElement().setAttribute("aria-label", getTranslation("funding.breadcrumb"));
        for (Component step : path) {
            nav.add(step, new Span(" › "));
        }
        Span here = new Span(current);
        here.getElement().setAttribute("aria-current", "page");
        nav.add(here);
        return nav;
    }

    private String name(NetworkFunding network) {
        return network.name() == null ? getTranslation("funding.noNetwork") : network.name().in(getLocale());
    }

    private String name(ProjectFunding project) {
        return project.name() == null ? getTranslation("funding.unnamedProject", String.valueOf(project.projectId())) : project.name();
    }

    private static RouterLink link(String text, QueryParameters query) {
        RouterLink link = new RouterLink(text, FundingView.class);
        link.setQueryParameters(query);
        return link;
    }

    /** The query of a level: both null for all programmes, a programme's id for its networks. */
    static QueryParameters query(Long programmeId, NetworkFunding network) {
        Map<String, String> query = new LinkedHashMap<>();
        if (programmeId != null) {
            query.put(PROGRAMME, String.valueOf(programmeId));
        }
        if (network != null) {
            query.put(NETWORK, network.networkId() == null ? NO_NETWORK : String.valueOf(network.networkId()));
        }
        return QueryParameters.simple(query);
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notANumber) {
            throw new NotFoundException();
        }
    }

    @Override
    public String getPageTitle() {
        String title = getTranslation("funding.title");
        return (heading.isEmpty() || heading.equals(title) ? title : heading + " – " + title) + " – "
                + getTranslation("app.title");
    }
}
