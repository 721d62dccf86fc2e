package fi.avustus.actionplan;

import java.util.List;

/**
 * A financial plan for the year.
 *
 * @param imbalanceExplanation why income and expenses differ; required to submit an unbalanced plan
 */
public record FinancialPlanContent(List<FinancialLine> income, List<FinancialLine> expenses,
                                   String imbalanceExplanation) implements DocumentContent {

    public FinancialPlanContent {
        income = income == null ? List.of() : List.copyOf(income);
        expenses = expenses == null ? List.of() : List.copyOf(expenses);
    }

    public static FinancialPlanContent empty() {
        return new FinancialPlanContent(List.of(), List.of(), null);
    }

    public FinancialTotals totals() {
        return FinancialTotals.of(income.stream().map(FinancialLine::amount).toList(),
                expenses.stream().map(FinancialLine::amount).toList());
    }

    @Override
    public DocumentType type() {
        return DocumentType.FINANCIAL_PLAN;
    }
}
