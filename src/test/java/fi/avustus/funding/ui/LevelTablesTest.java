package fi.avustus.funding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.funding.FundingFigures;
import fi.avustus.funding.IndicatorTotal;
import fi.avustus.funding.NetworkFunding;
import fi.avustus.funding.ProjectFunding;
import fi.avustus.shared.Money;
import fi.avustus.shared.TranslatedName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every table's export holds the table's rows, the total last, as CSV and as a workbook read back. */
class LevelTablesTest {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");

    private static final FundingFigures FIGURES = new FundingFigures(Money.euros("40000"), Money.euros("24000"),
            Money.euros("10000"), Money.euros("30000"), new BigDecimal("50.4"), new BigDecimal("25.0"),
            Money.euros("20163.04"), true);
    private static final FundingFigures NOT_REPORTED = new FundingFigures(Money.euros("60000"), Money.euros("0"),
            Money.euros("0"), Money.euros("60000"), new BigDecimal("8.5"), new BigDecimal("0.0"), null, false);
    private static final FundingFigures TOTAL = new FundingFigures(Money.euros("100000"), Money.euros("24000"),
            Money.euros("10000"), Money.euros("90000"), new BigDecimal("25.3"), new BigDecimal("10.0"),
            Money.euros("20163.04"), true);

    private static final ProjectFunding ALPHA = new ProjectFunding(1, 11, "Alpha; \"ohjaus\"",
            new TranslatedName("Tampereen kaupunki", "Tammerfors stad", null), LocalDate.of(2026, 8, 1),
            LocalDate.of(2027, 7, 31), List.of(new TranslatedName("Länsi", "Väst", null),
            new TranslatedName("Koordinaatio", null, null)), FIGURES,
            List.of(new IndicatorTotal("Osallistujat", "henkilöä", new BigDecimal("100"), new BigDecimal("40"))));
    private static final ProjectFunding BETA = new ProjectFunding(2, 12, "Beta", new TranslatedName("Gradia", null, null),
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), List.of(), NOT_REPORTED, List.of());

    private final List<Line> projects = List.of(new Line("Alpha; \"ohjaus\"", ALPHA, FIGURES),
            new Line("Beta", BETA, NOT_REPORTED));
    private final Line total = new Line("Yhteensä", null, TOTAL);

    /** Texts as keys, so that the headers show which key each column uses. */
    private static String key(String key) {
        return "<" + key + ">";
    }

    @Test
    void theProjectsCsvHoldsEachProjectAndTheTotalInTheSpreadsheetDialect() {
        List<List<String>> csv = Workbooks.csv(Level.PROJECTS.table(projects, total, new Locale("sv"),
                LevelTablesTest::key).spreadsheet().csv());

        assertThat(csv).containsExactly(
                List.of("<funding.column.name.PROJECTS>", "<funding.column.organisation>", "<funding.column.usageStart>",
                        "<funding.column.usageEnd>", "<funding.column.otherNetworks>", "<funding.column.granted>",
                        "<funding.column.paid>", "<funding.column.spent>", "<funding.column.remaining>",
                        "<funding.column.elapsedPercent>", "<funding.column.spentPercent>",
                        "<funding.column.forecastUnused>"),
                List.of("Alpha; \"ohjaus\"", "Tammerfors stad", "2026-08-01", "2027-07-31", "Väst, Koordinaatio",
                        "40000,00", "24000,00", "10000,00", "30000,00", "50,4", "25,0", "20163,04"),
                List.of("Beta", "Gradia", "2027-01-01", "2027-12-31", "", "60000,00", "0,00", "0,00", "60000,00", "8,5",
                        "0,0", ""),
                List.of("Yhteensä", "", "", "", "", "100000,00", "24000,00", "10000,00", "90000,00", "25,3", "10,0",
                        "20163,04"));
    }

    @Test
    void theProjectsWorkbookHoldsTheSameRowsWithNumbersDatesAndPercentages() {
        Workbooks.Read xlsx = Workbooks.xlsx(Level.PROJECTS.table(projects, total, FINNISH, LevelTablesTest::key)
                .spreadsheet().xlsx("Hankkeet: Länsi/Itä"));

        assertThat(xlsx.sheetName()).isEqualTo("Hankkeet  Länsi Itä");
        assertThat(xlsx.rows()).hasSize(4);
        assertThat(xlsx.rows().get(0)).first().isEqualTo("<funding.column.name.PROJECTS>");
        assertThat(xlsx.rows().get(1)).containsExactly("Alpha; \"ohjaus\"", "Tampereen kaupunki", LocalDate.of(2026, 8, 1),
                LocalDate.of(2027, 7, 31), "Länsi, Koordinaatio", 40000.0, 24000.0, 10000.0, 30000.0, 0.504, 0.25,
                20163.04);
        assertThat(xlsx.rows().get(2)).containsExactly("Beta", "Gradia", LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), "", 60000.0, 0.0, 0.0, 60000.0, 0.085, 0.0, null);
        assertThat(xlsx.rows().get(3)).containsExactly("Yhteensä", null, null, null, null, 100000.0, 24000.0, 10000.0,
                90000.0, 0.253, 0.1, 20163.04);
    }

    @Test
    void theIndicatorsTableListsEachLinesIndicatorsInBothFormats() {
        NetworkFunding west = new NetworkFunding(5L, new TranslatedName("Länsi", null, null), TOTAL,
                List.of(new IndicatorTotal("Osallistujat", "henkilöä", new BigDecimal("150"), new BigDecimal("40")),
                        new IndicatorTotal("Tapahtumat", "kpl", null, new BigDecimal("2.5"))), List.of(ALPHA, BETA));
        NetworkFunding none = new NetworkFunding(null, null, NOT_REPORTED, List.of(), List.of());
        Table<Level.Indicator> table = Level.NETWORKS.indicators(List.of(new Line("Länsi", west, TOTAL),
                new Line("Ei verkostoa", none, NOT_REPORTED)), LevelTablesTest::key);

        assertThat(Workbooks.csv(table.spreadsheet().csv())).containsExactly(
                List.of("<funding.column.name.NETWORKS>", "<funding.column.indicator>", "<funding.column.unit>",
                        "<funding.column.target>", "<funding.column.actual>", "<funding.column.achieved>"),
                List.of("Länsi", "Osallistujat", "henkilöä", "150", "40", "26,7"),
                List.of("Länsi", "Tapahtumat", "kpl", "", "2,5", ""));
        assertThat(Workbooks.xlsx(table.spreadsheet().xlsx("Indikaattorit")).rows()).containsExactly(
                List.of("<funding.column.name.NETWORKS>", "<funding.column.indicator>", "<funding.column.unit>",
                        "<funding.column.target>", "<funding.column.actual>", "<funding.column.achieved>"),
                List.of("Länsi", "Osallistujat", "henkilöä", 150.0, 40.0, 0.267),
                java.util.Arrays.asList("Länsi", "Tapahtumat", "kpl", null, 2.5, null));
    }
}
