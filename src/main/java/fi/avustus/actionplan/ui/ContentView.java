package fi.avustus.actionplan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fi.avustus.actionplan.ActionLine;
import fi.avustus.actionplan.ActionPlanContent;
import fi.avustus.actionplan.AnnualReportContent;
import fi.avustus.actionplan.DocumentContent;
import fi.avustus.actionplan.FinancialLine;
import fi.avustus.actionplan.FinancialPlanContent;
import fi.avustus.actionplan.IndicatorResult;
import fi.avustus.actionplan.LineReport;
import fi.avustus.actionplan.OutcomeLine;
import java.util.List;
import java.util.function.Function;

/** A document's content to read: the draft or a frozen version, laid out by the document's type. */
class ContentView extends VerticalLayout {

    /** @param id this view's id, which also prefixes the ids of its parts (a page and a dialog may show two) */
    ContentView(DocumentContent content, String id) {
        setId(id);
        setPadding(false);
        switch (content.type()) {
            case ACTION_PLAN -> actionPlan((ActionPlanContent) content);
            case FINANCIAL_PLAN -> financialPlan((FinancialPlanContent) content);
            case ANNUAL_REPORT -> annualReport((AnnualReportContent) content);
        }
    }

    private void actionPlan(ActionPlanContent plan) {
        if (plan.lines().isEmpty()) {
            add(new Paragraph(getTranslation("actionplan.lines.none")));
        }
        for (ActionLine line : plan.lines()) {
            Section section = new Section(new H4(line.number() + ". " + orDash(line.title())));
            section.add(new Paragraph(getTranslation("actionplan.line.responsible") + ": " + orDash(line.responsible())));
            section.add(list("actionplan.line.objectives", line.objectives(), text -> text));
            section.add(list("actionplan.line.activities", line.activities(),
                    activity -> activity.title() + " – " + DocumentTexts.when(activity)));
            section.add(list("actionplan.line.indicators", line.indicators(), indicator -> getTranslation(
                    "actionplan.indicator.summary", indicator.name(), DocumentTexts.number(indicator.target()), indicator.unit())));
            add(section);
        }
        AnnualCalendarView calendar = new AnnualCalendarView(id("calendar"));
        calendar.show(plan);
        add(new H3(getTranslation("actionplan.calendar")), calendar);
    }

    private void financialPlan(FinancialPlanContent plan) {
        TotalsBox totals = new TotalsBox(id("totals"), "actionplan.totals");
        totals.show(plan.totals(), "actionplan.totals.unbalanced");
        add(totals, new H4(getTranslation("actionplan.financial.income")), lines(plan.income()),
                new H4(getTranslation("actionplan.financial.expenses")), lines(plan.expenses()));
        if (plan.imbalanceExplanation() != null) {
            add(new Paragraph(getTranslation("actionplan.financial.explanation") + ": " + plan.imbalanceExplanation()));
        }
    }

    private void annualReport(AnnualReportContent report) {
        for (LineReport line : report.lines()) {
            Section section = new Section(new H4(line.number() + ". " + line.title()), new Paragraph(orDash(line.done())));
            Grid<IndicatorResult> indicators = grid(getTranslation("actionplan.line.indicators"));
            indicators.addColumn(IndicatorResult::name).setHeader(getTranslation("actionplan.indicator.name"));
            indicators.addColumn(indicator -> DocumentTexts.number(indicator.target()) + " " + indicator.unit())
                    .setHeader(getTranslation("actionplan.indicator.target"));
            indicators.addColumn(indicator -> DocumentTexts.number(indicator.actual()) + " " + indicator.unit())
                    .setHeader(getTranslation("actionplan.report.actualValue"));
            indicators.addColumn(indicator -> getTranslation(indicator.reached() ? "actionplan.report.reached"
                    : "actionplan.report.notReached")).setHeader(getTranslation("actionplan.report.targetReached"));
            indicators.setItems(line.indicators());
            section.add(indicators);
            add(section);
        }
        TotalsBox planned = new TotalsBox(id("planned-totals"), "actionplan.report.plannedTotals");
        planned.show(report.plannedTotals(), "actionplan.totals.unbalanced");
        TotalsBox actual = new TotalsBox(id("actual-totals"), "actionplan.report.actualTotals");
        actual.show(report.actualTotals(), "actionplan.report.actualUnbalanced");
        Grid<OutcomeLine> outcome = grid(getTranslation("actionplan.report.financialOutcome"));
        outcome.addColumn(line -> DocumentTexts.category(this, line.category())).setHeader(getTranslation("actionplan.financial.category"));
        outcome.addColumn(OutcomeLine::description).setHeader(getTranslation("actionplan.financial.description"));
        outcome.addColumn(line -> line.added() ? getTranslation("actionplan.report.notPlanned") : DocumentTexts.money(line.planned()))
                .setHeader(getTranslation("actionplan.report.plannedAmount"));
        outcome.addColumn(line -> DocumentTexts.money(line.actual())).setHeader(getTranslation("actionplan.report.actualAmount"));
        outcome.addColumn(line -> DocumentTexts.money(line.difference())).setHeader(getTranslation("actionplan.report.difference"));
        outcome.addColumn(OutcomeLine::reason).setHeader(getTranslation("actionplan.report.reason"));
        outcome.setItems(report.financialOutcome());
        HorizontalLayout totals = new HorizontalLayout(planned, actual);
        totals.getStyle().set("flex-wrap", "wrap");
        add(new H3(getTranslation("actionplan.report.financialOutcome")), totals, outcome);
    }

    private Grid<FinancialLine> lines(List<FinancialLine> lines) {
        Grid<FinancialLine> grid = grid(getTranslation("actionplan.financial.lines"));
        grid.addColumn(line -> DocumentTexts.category(this, line.category())).setHeader(getTranslation("actionplan.financial.category"));
        grid.addColumn(FinancialLine::description).setHeader(getTranslation("actionplan.financial.description"));
        grid.addColumn(line -> DocumentTexts.money(line.amount())).setHeader(getTranslation("actionplan.financial.amount"));
        grid.setItems(lines);
        return grid;
    }

    private <T> Grid<T> grid(String label) {
        Grid<T> grid = new Grid<>();
        grid.getElement().setAttribute("aria-label", label);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private <T> Section list(String labelKey, List<T> items, Function<T, String> text) {
        Section section = new Section(new Paragraph(getTranslation(labelKey) + ":"));
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(text.apply(item))));
        section.add(items.isEmpty() ? new Paragraph("–") : list);
        return section;
    }

    private String id(String part) {
        return getId().orElseThrow() + "-" + part;
    }

    private static String orDash(String text) {
        return text == null ? "–" : text;
    }
}
