package fi.avustus.actionplan.internal;

import fi.avustus.actionplan.FinancialCategory;
import fi.avustus.actionplan.FinancialLine;
import fi.avustus.actionplan.FinancialPlanContent;
import fi.avustus.actionplan.FinancialTotals;
import fi.avustus.shared.Money;
import fi.avustus.shared.Validator;
import java.util.List;

/**
 * The rules of a financial plan. Income lines are in income categories and expense lines in
 * expense categories, amounts are euros with cents; a submitted plan has both income and expenses
 * and balances, or explains why it does not.
 */
final class FinancialPlanRules {

    private FinancialPlanRules() {
    }

    static FinancialPlanContent tidy(FinancialPlanContent content) {
        return new FinancialPlanContent(tidy(content.income()), tidy(content.expenses()),
                Texts.tidy(content.imbalanceExplanation()));
    }

    private static List<FinancialLine> tidy(List<FinancialLine> lines) {
        return lines.stream().map(line -> new FinancialLine(line.category(), Texts.tidy(line.description()),
                Texts.euros(line.amount()))).toList();
    }

    static Validator draft(FinancialPlanContent content, Validator validator) {
        lines("income", content.income(), FinancialCategory.Side.INCOME, validator);
        lines("expenses", content.expenses(), FinancialCategory.Side.EXPENSE, validator);
        return validator.maxLength("imbalanceExplanation", content.imbalanceExplanation(), Validator.TEXT_MAX);
    }

    static Validator submit(FinancialPlanContent content, Validator validator) {
        draft(content, validator);
        validator.check(!content.income().isEmpty(), "income", "actionplan.financial.incomeRequired")
                .check(!content.expenses().isEmpty(), "expenses", "actionplan.financial.expensesRequired");
        FinancialTotals totals = content.totals();
        validator.check(totals.balanced() || content.imbalanceExplanation() != null, "imbalanceExplanation",
                "actionplan.financial.unbalanced", Money.format(totals.balance()));
        return validator;
    }

    /** Category on the right side, a description within limits and an amount in euros on every line. */
    static void lines(String field, List<FinancialLine> lines, FinancialCategory.Side side, Validator validator) {
        DocumentLimits.rows(validator, field, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            FinancialLine line = lines.get(i);
            String path = field + "[" + (i + 1) + "]";
            validator.required(path + ".category", line.category())
                    .maxLength(path + ".description", line.description(), Validator.NAME_MAX)
                    .required(path + ".amount", line.amount())
                    .money(path + ".amount", line.amount(), Money.ABSURD);
            if (line.category() != null) {
                validator.check(line.category().side() == side, path + ".category", "actionplan.financial.wrongSide");
            }
        }
    }
}
