package fi.avustus.actionplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import fi.avustus.actionplan.DocumentContent;
import fi.avustus.actionplan.FinancialCategory;
import fi.avustus.actionplan.FinancialLine;
import fi.avustus.actionplan.FinancialPlanContent;
import fi.avustus.ui.FormFields;
import fi.avustus.ui.ListField;

/**
 * The financial plan editor: income and expense lines, and the totals and balance beside them
 * as they are typed; an unbalanced plan asks for its explanation.
 */
class FinancialPlanEditor extends VerticalLayout implements ContentEditor {

    private final ListField<FinancialLine> income = FinancialLinesField.of("income", "actionplan.financial.income",
            FinancialCategory.Side.INCOME);
    private final ListField<FinancialLine> expenses = FinancialLinesField.of("expenses", "actionplan.financial.expenses",
            FinancialCategory.Side.EXPENSE);
    private final TextArea explanation = new TextArea();
    private final TotalsBox totals = new TotalsBox("totals", "actionplan.totals");

    FinancialPlanEditor(FinancialPlanContent plan, FormFields fields, Runnable changed) {
        setPadding(false);
        explanation.setLabel(getTranslation("actionplan.financial.explanation"));
        explanation.setHelperText(getTranslation("actionplan.financial.explanation.help"));
        explanation.setWidthFull();
        fields.register("income", income);
        fields.register("expenses", expenses);
        fields.register("imbalanceExplanation", explanation);
        Runnable update = () -> {
            totals.show(value().totals(), "actionplan.totals.unbalanced");
            changed.run();
        };
        Inputs.onChange(income, update);
        Inputs.onChange(expenses, update);
        Inputs.onChange(explanation, changed);
        add(totals, income, expenses, explanation);
        show(plan);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public FinancialPlanContent value() {
        return new FinancialPlanContent(income.getValue(), expenses.getValue(), Inputs.blankToNull(explanation.getValue()));
    }

    @Override
    public void show(DocumentContent content) {
        FinancialPlanContent plan = (FinancialPlanContent) content;
        income.setValue(plan.income());
        expenses.setValue(plan.expenses());
        explanation.setValue(plan.imbalanceExplanation() == null ? "" : plan.imbalanceExplanation());
        totals.show(plan.totals(), "actionplan.totals.unbalanced");
    }
}
