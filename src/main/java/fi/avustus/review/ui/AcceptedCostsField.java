package fi.avustus.review.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.avustus.review.AcceptedCostLine;
import fi.avustus.review.CostTotals;
import java.util.ArrayList;
import java.util.List;

/**
 * The application's cost lines with an editable accepted amount and reason for each, and live
 * totals (applied, accepted, cut). Lines are never added or removed here: a decision accepts or
 * cuts what was applied for, and a line cut to zero is rejected.
 */
class AcceptedCostsField extends CustomField<List<AcceptedCostLine>> {

    private final List<Row> rows = new ArrayList<>();
    private final CostLineTable table = new CostLineTable("cost-lines");

    AcceptedCostsField(String label) {
        super(List.of());
        setLabel(label);
        setWidthFull();
        VerticalLayout content = new VerticalLayout(table);
        content.setPadding(false);
        add(content);
        showTotals();
    }

    /** Each line's accepted-amount field in order, for showing a line's error on the line itself. */
    List<BigDecimalField> acceptedFields() {
        return rows.stream().map(Row::accepted).toList();
    }

    private CostTotals totals() {
        return CostTotals.of(generateModelValue());
    }

    @Override
    protected List<AcceptedCostLine> generateModelValue() {
        return rows.stream().map(Row::line).toList();
    }

    @Override
    protected void setPresentationValue(List<AcceptedCostLine> lines) {
        rows.clear();
        table.getBody().removeAllRows();
        if (lines != null) {
            lines.forEach(this::addRow);
        }
        showTotals();
    }

    @Override
    protected void updateValue() {
        super.updateValue();
        showTotals();
    }

    private void addRow(AcceptedCostLine line) {
        int number = rows.size() + 1;
        BigDecimalField accepted = new BigDecimalField();
        accepted.setId("cost-accepted-" + number);
        accepted.setAriaLabel(getTranslation("decision.costLine.acceptedLabel", number));
        accepted.setValue(line.accepted());
        accepted.setValueChangeMode(ValueChangeMode.EAGER);
        accepted.setWidth("9em");
        accepted.addValueChangeListener(change -> updateValue());
        TextField note = new TextField();
        note.setId("cost-note-" + number);
        note.setAriaLabel(getTranslation("decision.costLine.noteLabel", number));
        note.setValue(line.note() == null ? "" : line.note());
        note.setMaxLength(AcceptedCostLine.TEXT_MAX);
        note.setWidthFull();
        note.addValueChangeListener(change -> updateValue());
        rows.add(new Row(line, accepted, note));
        table.addLine(line, accepted, note);
    }

    private void showTotals() {
        table.showTotals(totals());
    }

    private record Row(AcceptedCostLine applied, BigDecimalField accepted, TextField note) {

        AcceptedCostLine line() {
            return applied.withAccepted(accepted.getValue(), note.getValue());
        }
    }
}
