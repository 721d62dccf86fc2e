package fi.avustus.actionplan.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import fi.avustus.actionplan.FinancialTotals;

/**
 * Income, expenses and balance as they stand, updated while typing and announced politely to
 * screen readers; an unbalanced plan says that it needs an explanation.
 */
class TotalsBox extends Div {

    private final DescriptionList facts = new DescriptionList();
    private final Paragraph state = new Paragraph();

    TotalsBox(String id, String titleKey) {
        setId(id);
        getElement().setAttribute("aria-live", "polite");
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)");
        state.setId(id + "-state");
        add(new H3(getTranslation(titleKey)), facts, state);
    }

    void show(FinancialTotals totals, String unbalancedKey) {
        facts.removeAll();
        fact("income", "actionplan.totals.income", DocumentTexts.money(totals.income()));
        fact("expenses", "actionplan.totals.expenses", DocumentTexts.money(totals.expenses()));
        fact("balance", "actionplan.totals.balance", DocumentTexts.money(totals.balance()));
        state.setText(getTranslation(totals.balanced() ? "actionplan.totals.balanced" : unbalancedKey));
    }

    private void fact(String key, String labelKey, String value) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.setId(getId().orElseThrow() + "-" + key);
        facts.add(new DescriptionList.Term(getTranslation(labelKey)), description);
    }
}
