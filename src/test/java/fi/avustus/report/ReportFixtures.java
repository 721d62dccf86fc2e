package fi.avustus.report;

import fi.avustus.report.ReportContent.CostLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Reports filled in as an applicant completes them. */
public final class ReportFixtures {

    private ReportFixtures() {
    }

    /**
     * The report's form completed for a period of the usage period, every budget line spending
     * the given share of its accepted amount.
     */
    public static ReportContent complete(ReportSummary report, LocalDate from, LocalDate to, String shareOfEachLine) {
        BigDecimal share = new BigDecimal(shareOfEachLine);
        return new ReportContent(from, to, "Toiminta eteni suunnitelman mukaan.",
                report.content().objectives().stream()
                        .map(objective -> new ReportContent.ObjectiveProgress(objective.objective(), "Saavutettu."))
                        .toList(),
                List.of(new ReportContent.IndicatorValue("Koulutetut opettajat", "henkilöä", new BigDecimal("40"),
                        new BigDecimal("25"))),
                report.content().costs().stream()
                        .map(line -> new CostLine(line.category(), line.year(), line.description(), line.accepted(),
                                line.accepted().multiply(share).setScale(2, java.math.RoundingMode.HALF_UP)))
                        .toList());
    }
}
