package fi.avustus.actionplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.avustus.actionplan.AnnualReportContent;
import fi.avustus.actionplan.DocumentContent;
import fi.avustus.actionplan.FinancialCategory;
import fi.avustus.actionplan.IndicatorResult;
import fi.avustus.actionplan.LineReport;
import fi.avustus.actionplan.OutcomeLine;
import fi.avustus.ui.FormFields;
import fi.avustus.ui.ListField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The annual report editor, laid out on the approved plans: for each action line what was done
 * and each indicator's actual value beside its target; for each line of the financial plan the
 * actual amount beside the planned one; and lines the plan did not have, each with its reason.
 */
class AnnualReportEditor extends VerticalLayout implements ContentEditor {

    private final FormFields fields;
    private final Runnable changed;
    private final VerticalLayout lines = new VerticalLayout();
    private final FormLayout planned = new FormLayout();
    private final ListField<OutcomeLine> added;
    private final TotalsBox plannedTotals = new TotalsBox("planned-totals", "actionplan.report.plannedTotals");
    private final TotalsBox actualTotals = new TotalsBox("actual-totals", "actionplan.report.actualTotals");
    private final List<TextArea> done = new ArrayList<>();
    private final List<List<BigDecimalField>> actuals = new ArrayList<>();
    private final List<BigDecimalField> plannedActuals = new ArrayList<>();
    private AnnualReportContent shown;

    AnnualReportEditor(AnnualReportContent report, FormFields fields, Runnable changed) {
        this.fields = fields;
        this.changed = changed;
        setPadding(false);
        lines.setPadding(false);
        added = addedLines();
        fields.register("financialOutcome", added);
        Inputs.onChange(added, this::financesChanged);
        HorizontalLayout totals = new HorizontalLayout(plannedTotals, actualTotals);
        totals.getStyle().set("flex-wrap", "wrap");
        add(new H3(getTranslation("actionplan.report.lines")), lines,
                new H3(getTranslation("actionplan.report.financialOutcome")), totals, planned, added);
        show(report);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void show(DocumentContent content) {
        shown = (AnnualReportContent) content;
        lines.removeAll();
        done.clear();
        actuals.clear();
        shown.lines().forEach(this::line);
        planned.removeAll();
        plannedActuals.clear();
        List<OutcomeLine> plannedLines = shown.financialOutcome().stream().filter(line -> !line.added()).toList();
        for (int i = 0; i < plannedLines.size(); i++) {
            OutcomeLine line = plannedLines.get(i);
            BigDecimalField actual = new BigDecimalField(DocumentTexts.category(this, line.category())
                    + (line.description() == null ? "" : " – " + line.description()));
            actual.setHelperText(getTranslation("actionplan.report.planned", DocumentTexts.money(line.planned())));
            actual.setValue(line.actual());
            fields.register("financialOutcome[" + (i + 1) + "].actual", actual);
            Inputs.onChange(actual, this::financesChanged);
            plannedActuals.add(actual);
            planned.add(actual);
        }
        added.setValue(shown.financialOutcome().stream().filter(OutcomeLine::added).toList());
        showTotals();
    }

    @Override
    public AnnualReportContent value() {
        List<LineReport> reported = new ArrayList<>();
        for (int i = 0; i < shown.lines().size(); i++) {
            LineReport line = shown.lines().get(i);
            List<IndicatorResult> results = new ArrayList<>();
            for (int j = 0; j < line.indicators().size(); j++) {
                IndicatorResult indicator = line.indicators().get(j);
                results.add(new IndicatorResult(indicator.name(), indicator.unit(), indicator.target(),
                        actuals.get(i).get(j).getValue()));
            }
            reported.add(new LineReport(line.number(), line.title(), Inputs.blankToNull(done.get(i).getValue()), results));
        }
        List<OutcomeLine> plannedLines = shown.financialOutcome().stream().filter(line -> !line.added()).toList();
        List<OutcomeLine> outcome = new ArrayList<>();
        for (int i = 0; i < plannedLines.size(); i++) {
            OutcomeLine line = plannedLines.get(i);
            outcome.add(new OutcomeLine(line.category(), line.description(), line.planned(), plannedActuals.get(i).getValue(),
                    null));
        }
        outcome.addAll(added.getValue());
        return new AnnualReportContent(shown.actionPlanVersionId(), shown.financialPlanVersionId(), reported, outcome);
    }

    private void line(LineReport line) {
        String path = "lines[" + line.number() + "]";
        TextArea text = new TextArea(getTranslation("actionplan.report.done"));
        text.setWidthFull();
        text.setValue(line.done() == null ? "" : line.done());
        fields.register(path + ".done", text);
        Inputs.onChange(text, changed);
        done.add(text);
        FormLayout indicators = new FormLayout();
        List<BigDecimalField> values = new ArrayList<>();
        for (int j = 0; j < line.indicators().size(); j++) {
            IndicatorResult indicator = line.indicators().get(j);
            BigDecimalField actual = new BigDecimalField(getTranslation("actionplan.report.actual", indicator.name(),
                    indicator.unit()));
            actual.setHelperText(getTranslation("actionplan.report.target", DocumentTexts.number(indicator.target()),
                    indicator.unit()));
            actual.setValue(indicator.actual());
            fields.register(path + ".indicators[" + (j + 1) + "].actual", actual);
            Inputs.onChange(actual, changed);
            values.add(actual);
            indicators.add(actual);
        }
        actuals.add(values);
        Details details = new Details(line.number() + ". " + line.title(), new VerticalLayout(text,
                line.indicators().isEmpty() ? new Paragraph(getTranslation("actionplan.report.noIndicators")) : indicators));
        details.setId("line-" + line.number());
        details.setOpened(true);
        details.setWidthFull();
        lines.add(details);
    }

    private ListField<OutcomeLine> addedLines() {
        ListField<OutcomeLine> field = new ListField<>("added-lines", getTranslation("actionplan.report.addedLines"),
                line -> line);
        field.setHelperText(getTranslation("actionplan.report.addedLines.help"));
        field.getGrid().addColumn(line -> DocumentTexts.category(this, line.category()))
                .setHeader(getTranslation("actionplan.financial.category"));
        field.getGrid().addColumn(OutcomeLine::description).setHeader(getTranslation("actionplan.financial.description"));
        field.getGrid().addColumn(line -> DocumentTexts.money(line.actual())).setHeader(getTranslation("actionplan.report.actualAmount"));
        field.getGrid().addColumn(OutcomeLine::reason).setHeader(getTranslation("actionplan.report.reason"));
        ComboBox<FinancialCategory> category = new ComboBox<>(getTranslation("actionplan.financial.category"));
        category.setItems(FinancialCategory.values());
        category.setItemLabelGenerator(value -> DocumentTexts.category(this, value));
        TextField description = new TextField(getTranslation("actionplan.financial.description"));
        BigDecimalField actual = new BigDecimalField(getTranslation("actionplan.report.actualAmount"));
        TextField reason = new TextField(getTranslation("actionplan.report.reason"));
        reason.setId("added-line-reason");
        field.setInputs(() -> {
            boolean incomplete = Inputs.missing(category, category.getValue() == null)
                    | Inputs.missing(actual, actual.getValue() == null) | Inputs.missing(reason, reason.getValue().isBlank());
            return incomplete ? Optional.empty() : Optional.of(new OutcomeLine(category.getValue(),
                    Inputs.blankToNull(description.getValue()), null, actual.getValue(), reason.getValue().strip()));
        }, () -> Stream.of(description, reason).forEach(TextField::clear), category, description, actual, reason);
        return field;
    }

    private void financesChanged() {
        showTotals();
        changed.run();
    }

    private void showTotals() {
        AnnualReportContent now = value();
        plannedTotals.show(now.plannedTotals(), "actionplan.totals.unbalanced");
        actualTotals.show(now.actualTotals(), "actionplan.report.actualUnbalanced");
    }
}
