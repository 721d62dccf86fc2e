package fi.avustus.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import fi.avustus.review.AcceptedCostLine;
import fi.avustus.review.CostTotals;
import fi.avustus.shared.Money;
import java.math.BigDecimal;

/**
 * A decision's cost lines as a table (category, year, description, applied, accepted, reason for
 * a cut) with a totals row: read-only in the decision's details, with inputs in the accepted and
 * reason columns on the proposal form. A real table, so screen readers announce each cell's column.
 */
class CostLineTable extends NativeTable {

    private final Span appliedTotal = new Span();
    private final Span acceptedTotal = new Span();
    private final Span cut = new Span();

    CostLineTable(String id) {
        setId(id);
        setWidthFull();
        getElement().setAttribute("aria-label", getTranslation("decision.acceptedCosts"));
        NativeTableRow header = getHead().addRow();
        for (String column : new String[] {"category", "year", "description", "applied", "accepted", "note"}) {
            header.addHeaderCell().getElement().setText(getTranslation("decision.costs." + column))
                    .setAttribute("scope", "col");
        }
        appliedTotal.setId(id + "-applied");
        acceptedTotal.setId(id + "-accepted");
        cut.setId(id + "-cut");
        NativeTableRow totals = getFoot().addRow();
        totals.addHeaderCell().getElement().setText(getTranslation("decision.costs.total")).setAttribute("scope", "row")
                .setAttribute("colspan", "3");
        totals.add(amountCell(appliedTotal), amountCell(acceptedTotal), new NativeTableCell(cut));
        // Screen readers announce the new totals as the presenter types the accepted amounts.
        totals.getElement().setAttribute("aria-live", "polite");
    }

    /** Adds a line; {@code accepted} and {@code note} are the inputs of the form or plain texts. */
    void addLine(AcceptedCostLine line, Component accepted, Component note) {
        NativeTableRow row = getBody().addRow();
        row.add(new NativeTableCell(categoryName(this, line.category())), new NativeTableCell(String.valueOf(line.year())),
                new NativeTableCell(line.description() == null ? "" : line.description()),
                amountCell(new Span(money(line.applied()))), amountCell(accepted), new NativeTableCell(note));
    }

    void showTotals(CostTotals sums) {
        appliedTotal.setText(money(sums.applied()));
        acceptedTotal.setText(money(sums.accepted()));
        cut.setText(getTranslation("decision.costs.cut", money(sums.cut())));
    }

    private String money(BigDecimal amount) {
        return Money.format(amount, getLocale());
    }

    /**
     * The category's name in the user's language; a category this module has no name for (one
     * the application module added later) shows as its code rather than as a missing-text marker.
     */
    static String categoryName(Component host, String code) {
        String key = "decision.costCategory." + code;
        String name = host.getTranslation(key);
        return name == null || name.equals("!" + key) ? code : name;
    }

    private static NativeTableCell amountCell(Component content) {
        NativeTableCell cell = new NativeTableCell(content);
        cell.getStyle().set("text-align", "end").set("white-space", "nowrap");
        return cell;
    }
}
