package fi.avustus.funding.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import fi.avustus.funding.FundingFixtures;
import fi.avustus.funding.FundingFixtures.Scenario;
import fi.avustus.funding.NetworkFunding;
import fi.avustus.funding.ProgrammeFunding;
import fi.avustus.funding.ProjectFunding;
import fi.avustus.shared.Money;
import fi.avustus.ui.UiTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An administrator drills down from all programmes to a programme's networks and a network's
 * projects, each level with its total, charts and exports; officials too, applicants never.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundingViewTest extends UiTest {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");

    @Autowired
    ApplicationContext context;

    private Scenario scenario;

    /** Once for the class: the tests only read. */
    @BeforeAll
    void fourProjects() {
        scenario = FundingFixtures.scenario(context);
    }

    @Test
    void anAdministratorDrillsDownFromProgrammesToNetworksToProjects() {
        login("admin");
        UI.getCurrent().navigate(FundingView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Avustusten käyttö");
        RouterLink programme = nameLink(row(line -> line.row() instanceof ProgrammeFunding found
                && found.programmeId() == scenario.programmeId()));
        assertThat(programme.getHref()).isEqualTo("funding?programme=" + scenario.programmeId());

        open(programme.getHref());
        List<Line> networks = GridKt._findAll(table());
        assertThat(networks).extracting(Line::name).contains(scenario.networkName()).last().isEqualTo("Ei verkostoa");
        assertThat(footer("granted")).isEqualTo(euros("160000"));
        assertThat(footer("paid")).isEqualTo(euros("24000"));
        int network = row(line -> line.row() instanceof NetworkFunding found
                && Long.valueOf(scenario.networkId()).equals(found.networkId()));
        assertThat(GridKt._getFormattedRow(table(), network)).contains(euros("80000"), euros("24000"), euros("0"));
        assertThat(nameLink(networks.size() - 1).getHref())
                .isEqualTo("funding?programme=" + scenario.programmeId() + "&network=none");

        open(nameLink(network).getHref());
        assertThat(_get(H2.class).getText()).isEqualTo(scenario.networkName());
        assertThat(GridKt._findAll(table())).extracting(line -> ((ProjectFunding) line.row()).projectId())
                .containsExactlyInAnyOrder(scenario.coordinatorProject(), scenario.memberProject());
        assertThat(GridKt._findAll(table())).extracting(Line::name).containsExactlyInAnyOrder(
                "Hanke " + scenario.coordinatorProject(), "Hanke " + scenario.memberProject());
        assertThat(footer("granted")).isEqualTo(euros("80000"));
        assertThat(footer("spentPercent")).isEqualTo("0,0 %");
        assertThat(footer("forecastUnused")).isEqualTo("–");
        assertThat(_find(_get(Nav.class), RouterLink.class)).extracting(RouterLink::getHref)
                .containsExactly("funding", "funding?programme=" + scenario.programmeId());
    }

    @Test
    void aLevelCanBeOpenedFromItsLinkAndAProjectLinksToItsApplication() {
        login("virkailija");
        open("funding?programme=" + scenario.programmeId() + "&network=none");
        assertThat(_get(H2.class).getText()).isEqualTo("Ei verkostoa");
        assertThat(GridKt._findAll(table())).extracting(line -> ((ProjectFunding) line.row()).projectId())
                .contains(scenario.outsiderProject());

        open("funding?programme=" + scenario.programmeId());
        Line named = GridKt._findAll(table()).stream().filter(line -> line.row() instanceof NetworkFunding network
                && network.projects().stream().anyMatch(project -> project.projectId() == scenario.namedProject()))
                .findFirst().orElseThrow();
        open(nameLink(GridKt._findAll(table()).indexOf(named)).getHref());
        int project = row(line -> ((ProjectFunding) line.row()).projectId() == scenario.namedProject());
        Anchor application = (Anchor) GridKt._getCellComponent(table(), project, "name");
        assertThat(application.getText()).isEqualTo(scenario.projectName());
        assertThat(application.getHref()).startsWith("applications/");
    }

    @Test
    void unknownLevelsAreNotFound() {
        login("admin");
        for (String path : List.of("funding?programme=abc", "funding?programme=" + scenario.programmeId() + "&network=-1",
                "funding?programme=-1")) {
            open(path);
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(path)
                    .noneMatch(FundingView.class::isInstance);
        }
    }

    @Test
    void withoutReportsTheScreenSaysSoAndExplainsItsFigures() {
        login("admin");
        open("funding?programme=" + scenario.programmeId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("funding-no-reports")).getText())
                .contains(euros("0")).contains("Selvityksiä ei ole vielä saapunut");
        assertThat(_get(Details.class, spec -> spec.withId("funding-help")).getSummaryText())
                .isEqualTo("Miten luvut lasketaan?");
        assertThat(_get(Paragraph.class, spec -> spec.withId("funding-no-indicators")).getText())
                .isEqualTo("Indikaattorien toteumia ei ole vielä raportoitu.");
    }

    @Test
    void theChartsAreInlineSvgImagesWithEachBarTitled() {
        login("admin");
        open("funding?programme=" + scenario.programmeId());

        String money = _get(InlineSvg.class, spec -> spec.withId("chart-money")).svg();
        assertThat(money).startsWith("<svg").contains("role='img'")
                .contains("<title>" + scenario.networkName() + " – Myönnetty (€): " + euros("80000") + "</title>")
                .contains("<title>" + scenario.networkName() + " – Maksettu (€): " + euros("24000") + "</title>");
        String burnRate = _get(InlineSvg.class, spec -> spec.withId("chart-burn-rate")).svg();
        assertThat(burnRate).contains("<title>" + scenario.networkName() + " – Avustuksesta käytetty (%): 0,0 %</title>");
    }

    @Test
    void theExportsHoldTheTablesRowsAndTotal() {
        login("admin");
        open("funding?programme=" + scenario.programmeId() + "&network=" + scenario.networkId());

        Anchor csv = _get(Anchor.class, spec -> spec.withId("export-table-csv"));
        assertThat(csv.getText()).isEqualTo("Lataa CSV");
        assertThat(csv.getElement().getAttribute("aria-label")).isEqualTo("Lataa CSV: Hankkeet");
        List<List<String>> lines = Workbooks.csv(DownloadKt._download(csv));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("Hanke", "Organisaatio", "Käyttöaika alkaa");
        assertThat(lines.subList(1, 3)).extracting(line -> line.get(0)).containsExactlyInAnyOrder(
                "Hanke " + scenario.coordinatorProject(), "Hanke " + scenario.memberProject());
        assertThat(lines.get(1)).contains("2026-08-01", "2027-07-31", "40000,00");
        assertThat(lines.get(3)).startsWith("Yhteensä").contains("80000,00", "24000,00");

        Workbooks.Read xlsx = Workbooks.xlsx(DownloadKt._download(_get(Anchor.class,
                spec -> spec.withId("export-table-xlsx"))));
        assertThat(xlsx.sheetName()).isEqualTo("Hankkeet");
        assertThat(xlsx.rows()).hasSize(4);
        assertThat(xlsx.rows().get(3)).startsWith("Yhteensä").contains(80000.0, 24000.0);
        assertThat(xlsx.rows().subList(1, 3)).allSatisfy(row -> assertThat(row).contains(40000.0));
    }

    @Test
    void applicantsAndDecisionMakersAreRefused() {
        for (String user : List.of("hakija", "paattaja")) {
            login(user);
            UI.getCurrent().navigate(FundingView.class);
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(user)
                    .noneMatch(FundingView.class::isInstance);
        }
    }

    /** Opens a link's target as the browser would: its path with its query. */
    private static void open(String href) {
        int query = href.indexOf('?');
        UI.getCurrent().navigate(query < 0 ? href : href.substring(0, query),
                query < 0 ? QueryParameters.empty() : QueryParameters.fromString(href.substring(query + 1)));
    }

    @SuppressWarnings("unchecked")
    private Grid<Line> table() {
        return _get(Grid.class, spec -> spec.withId("funding-table"));
    }

    private int row(java.util.function.Predicate<Line> which) {
        List<Line> lines = GridKt._findAll(table());
        for (int i = 0; i < lines.size(); i++) {
            if (which.test(lines.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such row");
    }

    private RouterLink nameLink(int row) {
        Component cell = GridKt._getCellComponent(table(), row, "name");
        return (RouterLink) cell;
    }

    private String footer(String column) {
        return table().getFooterRows().get(0).getCell(table().getColumnByKey(column)).getText();
    }

    private static String euros(String amount) {
        return Money.format(Money.euros(amount), FINNISH);
    }
}
