package fi.avustus.funding;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.shared.Money;
import fi.avustus.shared.TranslatedName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overview's figures from given projects, on a given day, summed up to networks and programmes. */
class FundingCalculationTest {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    static final TranslatedName QUALITY = new TranslatedName("Laatuohjelma", "Kvalitetsprogrammet", null);
    static final TranslatedName KOPA = new TranslatedName("KOPA", "KOPA", null);
    static final TranslatedName NORTH = new TranslatedName("Pohjoinen verkosto", null, null);
    static final TranslatedName EAST = new TranslatedName("Itäinen verkosto", null, null);

    /** Half-way through (184 of 365 days), a quarter spent: the pace leaves about half of the grant unused. */
    static final ProjectFacts HALF_WAY = facts(1, "Alpha", 10, QUALITY, 100L, NORTH, "40000", "24000", "10000",
            LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31));
    /** A month in, nothing reported yet. */
    static final ProjectFacts NOT_REPORTED = facts(2, "Beta", 10, QUALITY, 100L, NORTH, "60000", "0", null,
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
    /** Over, and more reported than granted. */
    static final ProjectFacts OVERSPENT = facts(3, "Gamma", 10, QUALITY, 200L, EAST, "10000", "10000", "12000",
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    /** Not started; in no network, in another programme. */
    static final ProjectFacts NOT_STARTED = facts(4, null, 20, KOPA, null, null, "5000", "0", "100",
            LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 29));

    static final List<IndicatorActual> INDICATORS = List.of(
            new IndicatorActual(1, "Osallistujat", "henkilöä", new BigDecimal("100"), new BigDecimal("40")),
            new IndicatorActual(2, " osallistujat ", "Henkilöä", new BigDecimal("50"), null),
            new IndicatorActual(3, "Tapahtumat", "kpl", new BigDecimal("4"), new BigDecimal("5")),
            new IndicatorActual(99, "Muu hanke", "kpl", BigDecimal.ONE, BigDecimal.ONE));

    static ProjectFacts facts(long id, String name, long programmeId, TranslatedName programme, Long networkId,
                              TranslatedName network, String granted, String paid, String spent, LocalDate start,
                              LocalDate end) {
        return new ProjectFacts(id, 1000 + id, name, new TranslatedName("Organisaatio " + id, null, null), programmeId,
                programme, networkId, network, List.of(), Money.euros(granted), Money.euros(paid),
                spent == null ? null : Money.euros(spent), start, end);
    }

    private final FundingOverview overview = new FundingCalculation(TODAY)
            .overview(List.of(NOT_STARTED, OVERSPENT, NOT_REPORTED, HALF_WAY), INDICATORS);

    @Test
    void aProjectsFiguresCompareTheElapsedPeriodWithTheSpentShareAndForecastTheUnusedFunds() {
        ProjectFunding halfWay = project(1);
        assertThat(halfWay.figures()).isEqualTo(new FundingFigures(Money.euros("40000"), Money.euros("24000"),
                Money.euros("10000"), Money.euros("30000"), new BigDecimal("50.4"), new BigDecimal("25.0"),
                Money.euros("20163.04"), true));
    }

    @Test
    void nothingReportedIsZeroSpentWithoutAForecast() {
        FundingFigures figures = project(2).figures();
        assertThat(figures.spent()).isEqualTo(Money.euros("0"));
        assertThat(figures.remaining()).isEqualTo(Money.euros("60000"));
        assertThat(figures.elapsedPercent()).isEqualByComparingTo("8.5");
        assertThat(figures.spentPercent()).isEqualByComparingTo("0");
        assertThat(figures.forecastUnused()).isNull();
        assertThat(figures.reported()).isFalse();

        // A report source may answer zero for a project without reports: that is nothing reported too.
        ProjectFacts zero = facts(5, "Delta", 10, QUALITY, 100L, NORTH, "60000", "0", "0", LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31));
        FundingFigures zeroFigures = new FundingCalculation(TODAY).overview(List.of(zero), List.of()).figures();
        assertThat(zeroFigures.reported()).isFalse();
        assertThat(zeroFigures.forecastUnused()).isNull();
    }

    @Test
    void afterTheUsagePeriodTheForecastIsWhatIsLeftAndNeverBelowZero() {
        FundingFigures figures = project(3).figures();
        assertThat(figures.elapsedPercent()).isEqualByComparingTo("100");
        assertThat(figures.spentPercent()).isEqualByComparingTo("120");
        assertThat(figures.remaining()).isEqualTo(Money.euros("-2000"));
        assertThat(figures.forecastUnused()).isEqualTo(Money.euros("0"));
    }

    @Test
    void beforeTheUsagePeriodThereIsNoPaceToForecastFrom() {
        FundingFigures figures = project(4).figures();
        assertThat(figures.elapsedPercent()).isEqualByComparingTo("0");
        assertThat(figures.forecastUnused()).isNull();
        assertThat(figures.reported()).isTrue();
    }

    @Test
    void networksSumTheirProjectsWithTheElapsedShareWeightedByGrant() {
        NetworkFunding north = overview.programme(10).orElseThrow().network(100L).orElseThrow();
        assertThat(north.projects()).extracting(ProjectFunding::projectId).containsExactly(1L, 2L);
        assertThat(north.figures()).isEqualTo(new FundingFigures(Money.euros("100000"), Money.euros("24000"),
                Money.euros("10000"), Money.euros("90000"), new BigDecimal("25.3"), new BigDecimal("10.0"),
                Money.euros("20163.04"), true));
    }

    @Test
    void programmesSumTheirNetworksAndTheOverviewSumsEverything() {
        ProgrammeFunding quality = overview.programme(10).orElseThrow();
        assertThat(quality.networks()).extracting(NetworkFunding::networkId).containsExactly(200L, 100L);
        assertThat(quality.figures()).isEqualTo(new FundingFigures(Money.euros("110000"), Money.euros("34000"),
                Money.euros("22000"), Money.euros("88000"), new BigDecimal("32.1"), new BigDecimal("20.0"),
                Money.euros("20163.04"), true));

        assertThat(overview.programmes()).extracting(ProgrammeFunding::programmeId).containsExactly(20L, 10L);
        assertThat(overview.today()).isEqualTo(TODAY);
        assertThat(overview.figures().granted()).isEqualTo(Money.euros("115000"));
        assertThat(overview.figures().spent()).isEqualTo(Money.euros("22100"));
        assertThat(overview.figures().forecastUnused()).isEqualTo(Money.euros("20163.04"));
    }

    @Test
    void projectsInNoNetworkFormTheirOwnGroupLast() {
        ProgrammeFunding kopa = overview.programme(20).orElseThrow();
        assertThat(kopa.networks()).singleElement().satisfies(none -> {
            assertThat(none.networkId()).isNull();
            assertThat(none.name()).isNull();
            assertThat(none.projects()).extracting(ProjectFunding::projectId).containsExactly(4L);
        });
        assertThat(kopa.network(null)).isPresent();
    }

    @Test
    void indicatorsOfTheSameNameAndUnitAddUpFromProjectsToNetworksAndProgrammes() {
        assertThat(project(1).indicators()).containsExactly(
                new IndicatorTotal("Osallistujat", "henkilöä", new BigDecimal("100"), new BigDecimal("40")));
        NetworkFunding north = overview.programme(10).orElseThrow().network(100L).orElseThrow();
        assertThat(north.indicators()).containsExactly(
                new IndicatorTotal("Osallistujat", "henkilöä", new BigDecimal("150"), new BigDecimal("40")));
        assertThat(north.indicators().get(0).achievedPercent()).isEqualByComparingTo("26.7");
        assertThat(overview.programme(10).orElseThrow().indicators()).containsExactly(
                new IndicatorTotal("Osallistujat", "henkilöä", new BigDecimal("150"), new BigDecimal("40")),
                new IndicatorTotal("Tapahtumat", "kpl", new BigDecimal("4"), new BigDecimal("5")));
        assertThat(overview.indicators()).extracting(IndicatorTotal::name).doesNotContain("Muu hanke");
    }

    @Test
    void theElapsedShareCountsTheDaysBeforeTodayWithTheLastDayInThePeriod() {
        LocalDate start = LocalDate.of(2027, 1, 1);
        LocalDate end = LocalDate.of(2027, 1, 10);
        assertThat(FundingCalculation.elapsedShare(start, end, start.minusDays(5))).isEqualByComparingTo("0");
        assertThat(FundingCalculation.elapsedShare(start, end, start)).isEqualByComparingTo("0");
        assertThat(FundingCalculation.elapsedShare(start, end, start.plusDays(1))).isEqualByComparingTo("0.1");
        assertThat(FundingCalculation.elapsedShare(start, end, end)).isEqualByComparingTo("0.9");
        assertThat(FundingCalculation.elapsedShare(start, end, end.plusDays(1))).isEqualByComparingTo("1");
        assertThat(FundingCalculation.elapsedShare(start, end, end.plusYears(1))).isEqualByComparingTo("1");
    }

    @Test
    void theForecastIsCappedAtTheGrant() {
        // A fifth of the period gone and half spent: the pace would spend 2.5 times the grant.
        assertThat(FundingCalculation.forecastUnused(Money.euros("1000"), Money.euros("500"), new BigDecimal("0.2")))
                .isEqualTo(Money.euros("0"));
        assertThat(FundingCalculation.forecastUnused(Money.euros("1000"), Money.euros("100"), new BigDecimal("0.2")))
                .isEqualTo(Money.euros("500"));
        assertThat(FundingCalculation.forecastUnused(Money.euros("1000"), Money.euros("0"), new BigDecimal("0.2")))
                .isNull();
    }

    @Test
    void noProjectsMeanNoFiguresToShare() {
        FundingOverview empty = new FundingCalculation(TODAY).overview(List.of(), List.of());
        assertThat(empty.programmes()).isEmpty();
        assertThat(empty.figures().granted()).isEqualTo(Money.euros("0"));
        assertThat(empty.figures().elapsedPercent()).isNull();
        assertThat(empty.figures().spentPercent()).isNull();
        assertThat(empty.figures().reported()).isFalse();
    }

    private ProjectFunding project(long id) {
        return overview.programmes().stream().flatMap(programme -> programme.networks().stream())
                .flatMap(network -> network.projects().stream()).filter(project -> project.projectId() == id)
                .findFirst().orElseThrow();
    }
}
