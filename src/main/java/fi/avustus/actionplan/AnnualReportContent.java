package fi.avustus.actionplan;

import java.util.List;

/**
 * An annual report, written against the year's approved action plan and financial plan.
 *
 * @param actionPlanVersionId      the approved action plan version it reports on
 * @param financialPlanVersionId   the approved financial plan version its financial outcome is compared with
 * @param lines                    one report per action line of that plan, in its order
 * @param financialOutcome         the plan's lines with what was actually spent or received, and any added lines
 */
public record AnnualReportContent(Long actionPlanVersionId, Long financialPlanVersionId, List<LineReport> lines,
                                  List<OutcomeLine> financialOutcome) implements DocumentContent {

    public AnnualReportContent {
        lines = lines == null ? List.of() : List.copyOf(lines);
        financialOutcome = financialOutcome == null ? List.of() : List.copyOf(financialOutcome);
    }

    /** Actual income, expenses and balance. */
    public FinancialTotals actualTotals() {
        return totals(false);
    }

    /** Planned income, expenses and balance of the lines the plan had. */
    public FinancialTotals plannedTotals() {
        return totals(true);
    }

    private FinancialTotals totals(boolean planned) {
        return FinancialTotals.of(amounts(FinancialCategory.Side.INCOME, planned), amounts(FinancialCategory.Side.EXPENSE, planned));
    }

    private List<java.math.BigDecimal> amounts(FinancialCategory.Side side, boolean planned) {
        return financialOutcome.stream().filter(line -> line.category() != null && line.category().side() == side)
                .map(line -> planned ? line.planned() : line.actual()).toList();
    }

    @Override
    public DocumentType type() {
        return DocumentType.ANNUAL_REPORT;
    }
}
