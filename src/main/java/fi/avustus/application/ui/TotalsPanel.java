package fi.avustus.application.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import fi.avustus.application.BudgetTotals;
import fi.avustus.shared.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;

/**
 * The live sums beside the editor: total cost, self-financing share against the call's minimum,
 * the requested sum against the maximum grant, and the partners' shares against the total.
 * Announced politely to screen readers as it changes.
 */
class TotalsPanel extends Div {

    private final DescriptionList facts = new DescriptionList();
    private final BigDecimal maxGrant;
    private final BigDecimal minPercent;

    TotalsPanel(BigDecimal maxGrant, BigDecimal minPercent) {
        this.maxGrant = maxGrant;
        this.minPercent = minPercent;
        setId("totals");
        getElement().setAttribute("aria-live", "polite");
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)");
        add(new H3(getTranslation("application.totals")), facts);
    }

    void show(BudgetTotals totals) {
        facts.removeAll();
        fact("total-cost", "application.totals.total", Money.format(totals.totalCost(), StatusTexts.locale()));
        fact("self-financing-percent", "application.totals.selfFinancing",
                getTranslation("application.totals.percentOfMin", percent(totals.selfFinancingPercent()), percent(minPercent)));
        fact("requested", "application.totals.requested", getTranslation("application.totals.ofMax",
                Money.format(totals.requested(), StatusTexts.locale()), Money.format(maxGrant, StatusTexts.locale())));
        if (totals.hasPartners()) {
            fact("partner-shares", "application.totals.partners", getTranslation(
                    totals.partnerSharesMatch() ? "application.totals.partnersMatch" : "application.totals.partnersDiffer",
                    Money.format(totals.partnerShares(), StatusTexts.locale()),
                    Money.format(totals.partnerDifference(), StatusTexts.locale())));
        }
    }

    private void fact(String id, String labelKey, String value) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.setId(id);
        facts.add(new DescriptionList.Term(getTranslation(labelKey)), description);
    }

    private static String percent(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(StatusTexts.locale());
        format.setMaximumFractionDigits(2);
        return format.format(value) + " %";
    }
}
