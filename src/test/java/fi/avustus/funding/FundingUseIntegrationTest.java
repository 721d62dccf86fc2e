package fi.avustus.funding;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import fi.avustus.funding.FundingFixtures.Scenario;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
 * The overview from real projects, payments, networks and applications, with whatever reports the
 * application has (none for these fresh projects): granted and paid add up, nothing is spent, and
 * nothing is forecast.
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
