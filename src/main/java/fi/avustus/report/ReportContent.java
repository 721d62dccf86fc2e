package fi.avustus.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a report says: the period it covers, a summary, what was reached per objective, the
 * indicators' values and the costs of the period per accepted budget line.
 *
 * @param costs one line per line of the project's accepted budget, in the same order
 */
public record ReportContent(LocalDate periodStart, LocalDate periodEnd, String summary,
                            List<ObjectiveProgress> objectives, List<IndicatorValue> indicators,
                            List<CostLine> costs) {

    public ReportContent {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        costs = costs == null ? List.of() : List.copyOf(costs);
    }

    /** The costs of the period, the blank lines counted as nothing. */
    public BigDecimal totalSpent() {
        return costs.stream().map(CostLine::spent).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What was reached under one objective of the project plan. */
    public record ObjectiveProgress(String objective, String progress) {
    }

    /** An indicator with its target and the value reached by the end of the period. */
    public record IndicatorValue(String name, String unit, BigDecimal target, BigDecimal actual) {
    }

    /**
     * The costs of the period under one accepted budget line.
     *
     * @param accepted the line's accepted amount, repeated so the report reads on its own
     * @param spent    the costs incurred in the period, null while not filled in
     */
    public record CostLine(String category, int year, String description, BigDecimal accepted, BigDecimal spent) {
    }
}
