package fi.avustus.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
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
        getStyle().set("border-collapse", "collapse");
        getElement().setAttribute("aria-label", getTranslation("decision.acceptedCosts"));
        NativeTableRow header = getHead().addRow();
        for (String column : new String[] {"category", "year", "description", "applied", "accepted", "note"}) {
            boolean amount = column.equals("applied") || column.equals("accepted");
            NativeTableHeaderCell cell = styled(header.addHeaderCell(), amount);
            cell.getElement().setText(getTranslation("decision.costs." + column)).setAttribute("scope", "col");
        }
        appliedTotal.setId(id + "-applied");
        acceptedTotal.setId(id + "-accepted");
        cut.setId(id + "-cut");
        NativeTableRow totals = getFoot().addRow();
        styled(totals.addHeaderCell(), false).getElement().setText(getTranslation("decision.costs.total"))
                .setAttribute("scope", "row").setAttribute("colspan", "3");
        totals.add(styled(new NativeTableCell(appliedTotal), true), styled(new NativeTableCell(acceptedTotal), true),
                styled(new NativeTableCell(cut), false));
        // Screen readers announce the new totals as the presenter types the accepted amounts.
        totals.getElement().setAttribute("aria-live", "polite");
    }

    /** Adds a line; {@code accepted} and {@code note} are the inputs of the form or plain texts. */
    void addLine(AcceptedCostLine line, Component accepted, Component note) {
        NativeTableRow row = getBody().addRow();
        row.add(styled(new NativeTableCell(categoryName(this, line.category())), false),
                styled(new NativeTableCell(String.valueOf(line.year())), false),
                styled(new NativeTableCell(line.description() == null ? "" : line.description()), false),
                styled(new NativeTableCell(new Span(money(line.applied()))), true),
                styled(new NativeTableCell(accepted), true), styled(new NativeTableCell(note), false));
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

    /** Lumo does not style native tables: spacing, a line under each row, amounts aligned at the end. */
    private static <C extends Component & HasStyle> C styled(C cell, boolean amount) {
        cell.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("vertical-align", "baseline").set("text-align", amount ? "end" : "start")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        if (amount) {
            cell.getStyle().set("white-space", "nowrap");
        }
        return cell;
    }
}
