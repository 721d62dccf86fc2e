package fi.avustus.funding;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import fi.avustus.funding.FundingFixtures.Scenario;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.Organisations;
import fi.avustus.payment.Payments;
import fi.avustus.programme.Calls;
import fi.avustus.project.Projects;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The overview from real projects, payments, networks and applications: with the reports the
 * application has (none for these fresh projects) nothing is spent and nothing forecast; with reports
 * from test sources, spending and indicators add up.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundingUseIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    FundingUse fundingUse;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Clock clock;

    private Scenario scenario;

    /** Once for the class: the tests only read. */
    @BeforeAll
    void fourProjects() {
        scenario = FundingFixtures.scenario(context);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theProgrammeSumsItsProjectsGrantsAndPaidInstalmentsWithNothingReported() {
        actAs(userDetails, "admin");
        FundingOverview overview = fundingUse.overview();

        assertThat(overview.today()).isEqualTo(LocalDate.now(clock.withZone(Time.HELSINKI)));
        ProgrammeFunding programme = overview.programme(scenario.programmeId()).orElseThrow();
        BigDecimal elapsed = FundingCalculation.elapsedShare(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31),
                overview.today()).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        assertThat(programme.figures()).isEqualTo(new FundingFigures(Money.euros("160000"), Money.euros("24000"),
                Money.euros("0"), Money.euros("160000"), elapsed, new BigDecimal("0.0"), null, false));
        assertThat(programme.indicators()).isEmpty();
    }

    @Test
    void aProgrammesOwnOverviewHasItsFiguresAsTheWholeOverviewHasThem() {
        actAs(userDetails, "virkailija");
        FundingOverview own = fundingUse.overview(scenario.programmeId());

        assertThat(own.programmes()).singleElement().usingRecursiveComparison()
                .isEqualTo(fundingUse.overview().programme(scenario.programmeId()).orElseThrow());
        assertThat(own.figures()).isEqualTo(own.programmes().get(0).figures());
        assertThat(fundingUse.overview(-1).programmes()).isEmpty();
    }

    @Test
    void theNetworksProjectsCountInItAndAnOrganisationInNoNetworkInNone() {
        actAs(userDetails, "virkailija");
        ProgrammeFunding programme = fundingUse.overview().programme(scenario.programmeId()).orElseThrow();

        NetworkFunding network = programme.network(scenario.networkId()).orElseThrow();
        assertThat(network.name().fi()).isEqualTo(scenario.networkName());
        assertThat(network.projects()).extracting(ProjectFunding::projectId)
                .containsExactlyInAnyOrder(scenario.coordinatorProject(), scenario.memberProject());
        assertThat(network.figures().granted()).isEqualTo(Money.euros("80000"));
        assertThat(network.figures().paid()).isEqualTo(Money.euros("24000"));
        assertThat(network.projects()).allSatisfy(project -> assertThat(project.otherNetworks()).isEmpty());

        assertThat(programme.network(null).orElseThrow().projects()).extracting(ProjectFunding::projectId)
                .contains(scenario.outsiderProject());
        assertThat(programme.networks().get(programme.networks().size() - 1).networkId()).isNull();
    }

    @Test
    void aProjectIsNamedByItsApplicationAndShowsItsOrganisationAndUsagePeriod() {
        actAs(userDetails, "admin");
        List<ProjectFunding> projects = fundingUse.overview().programme(scenario.programmeId()).orElseThrow().networks()
                .stream().flatMap(network -> network.projects().stream()).toList();

        assertThat(projects).hasSize(4);
        ProjectFunding named = projects.stream().filter(project -> project.projectId() == scenario.namedProject())
                .findFirst().orElseThrow();
        assertThat(named.name()).isEqualTo(scenario.projectName());
        assertThat(named.usageStart()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(named.usageEnd()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(named.organisation().fi()).isNotBlank();
        assertThat(projects.stream().filter(project -> project.projectId() == scenario.outsiderProject()))
                .singleElement().satisfies(outsider -> {
                    assertThat(outsider.name()).as("no application to name it").isNull();
                    assertThat(outsider.organisation().fi()).startsWith("Ulkopuolinen ");
                });
    }

    /**
     * Reports from two sources, given to a facade made here (not a bean: the shared context must not
     * change): their spending adds up per project and their indicators up to network and programme.
     */
    @Test
    void reportedSpendingAndIndicatorsFromEverySourceAddUp() {
        ReportedUse interim = new FixedReports(Map.of(scenario.coordinatorProject(), Money.euros("10000")),
                List.of(new IndicatorActual(scenario.coordinatorProject(), "Osallistujat", "henkilöä",
                        new BigDecimal("100"), new BigDecimal("40"))));
        ReportedUse corrections = new FixedReports(Map.of(scenario.coordinatorProject(), Money.euros("2000"),
                scenario.memberProject(), Money.euros("0")),
                List.of(new IndicatorActual(scenario.memberProject(), "osallistujat", "henkilöä", new BigDecimal("50"),
                        new BigDecimal("10"))));
        FundingUse withReports = new FundingUse(context.getBean(Projects.class),
                context.getBean(Payments.class), context.getBean(Calls.class),
                context.getBean(Networks.class),
                context.getBean(Organisations.class), List.of(interim, corrections), clock);

        actAs(userDetails, "admin");
        FundingOverview overview = withReports.overview();
        ProgrammeFunding programme = overview.programme(scenario.programmeId()).orElseThrow();
        NetworkFunding network = programme.network(scenario.networkId()).orElseThrow();
        FundingFigures coordinator = network.projects().stream()
                .filter(project -> project.projectId() == scenario.coordinatorProject()).findFirst().orElseThrow().figures();
        BigDecimal elapsed = FundingCalculation.elapsedShare(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31),
                overview.today());
        assertThat(coordinator.spent()).isEqualTo(Money.euros("12000"));
        assertThat(coordinator.remaining()).isEqualTo(Money.euros("28000"));
        assertThat(coordinator.spentPercent()).isEqualByComparingTo("30.0");
        assertThat(coordinator.reported()).isTrue();
        assertThat(coordinator.forecastUnused()).isEqualTo(
                FundingCalculation.forecastUnused(Money.euros("40000"), Money.euros("12000"), elapsed));
        assertThat(network.projects()).filteredOn(project -> project.projectId() == scenario.memberProject())
                .singleElement().satisfies(member -> assertThat(member.figures().reported()).isFalse());

        IndicatorTotal participants = new IndicatorTotal("Osallistujat", "henkilöä", new BigDecimal("150"),
                new BigDecimal("50"));
        assertThat(network.figures().spent()).isEqualTo(Money.euros("12000"));
        assertThat(network.indicators()).containsExactly(participants);
        assertThat(programme.figures().spent()).isEqualTo(Money.euros("12000"));
        assertThat(programme.figures().reported()).isTrue();
        assertThat(programme.indicators()).containsExactly(participants);
    }

    /** A report source with fixed answers, whatever projects are asked about. */
    private record FixedReports(Map<Long, BigDecimal> spent, List<IndicatorActual> indicators) implements ReportedUse {

        @Override
        public Map<Long, BigDecimal> spentByProject(Collection<Long> projectIds) {
            return spent;
        }

        @Override
        public List<IndicatorActual> indicatorActuals(Collection<Long> projectIds) {
            return indicators;
        }
    }

    @Test
    void onlyAdministratorsAndOfficialsSeeTheOverview() {
        for (String refused : List.of("hakija", "paattaja", "ohjausryhma")) {
            actAs(userDetails, refused);
            assertThatThrownBy(fundingUse::overview).as(refused).isInstanceOf(AccessDeniedException.class);
        }
        SecurityContextHolder.clearContext();
        assertThatThrownBy(fundingUse::overview).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
