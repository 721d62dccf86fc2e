package fi.avustus.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fi.avustus.report.ReportContent;
import fi.avustus.report.ReportContent.CostLine;
import fi.avustus.report.ReportContent.IndicatorValue;
import fi.avustus.report.ReportSummary;
import fi.avustus.report.Reports;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import fi.avustus.ui.AttachmentsPanel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A report as it reads: its facts, the period, what was reached, the indicators, the costs and the attachments. */
class ReportContentView extends VerticalLayout {


    ReportContentView(ReportSummary report, Reports reports) {
        setPadding(false);
        Locale locale = getLocale();
        ReportContent content = report.content();
        Div facts = new Div();
        facts.setId("report-facts");
        facts.add(new Paragraph(getTranslation("report.status") + ": " + getTranslation("report.status." + report.status())));
        facts.add(new Paragraph(getTranslation("report.dueDate") + ": " + Time.formatDate(report.dueDate())));
        if (content.periodStart() != null && content.periodEnd() != null) {
            facts.add(new Paragraph(getTranslation("report.period") + ": " + Time.formatDate(content.periodStart()) + "–"
                    + Time.formatDate(content.periodEnd())));
        }
        if (report.returnComment() != null && report.status().editable()) {
            Paragraph returned = new Paragraph(getTranslation("report.returnComment", report.returnComment()));
            returned.setId("return-comment");
            facts.add(returned);
        }
        if (report.acceptedCosts() != null) {
            facts.add(new Paragraph(getTranslation("report.acceptedCosts") + ": " + Money.format(report.acceptedCosts(), locale)));
        }
        add(facts);
        add(new H3(getTranslation("report.summary")), new Paragraph(orDash(content.summary())));
        if (!content.objectives().isEmpty()) {
            add(new H3(getTranslation("report.objectives")));
            content.objectives().forEach(objective -> {
                Paragraph name = new Paragraph(objective.objective());
                name.getStyle().set("font-weight", "600");
                add(name, new Paragraph(orDash(objective.progress())));
            });
        }
        if (!content.indicators().isEmpty()) {
            add(new H3(getTranslation("report.indicators")));
            Grid<IndicatorValue> indicators = new Grid<>();
            indicators.setId("report-indicators");
            indicators.setAllRowsVisible(true);
            indicators.addColumn(IndicatorValue::name).setHeader(getTranslation("report.indicator.name"));
            indicators.addColumn(IndicatorValue::unit).setHeader(getTranslation("report.indicator.unit"));
            indicators.addColumn(indicator -> number(indicator.target())).setHeader(getTranslation("report.indicator.target"));
            indicators.addColumn(indicator -> number(indicator.actual())).setHeader(getTranslation("report.indicator.actual"));
            indicators.setItems(content.indicators());
            add(indicators);
        }
        add(new H3(getTranslation("report.costs")));
        add(costs(report, locale));
        add(new Paragraph(getTranslation("report.totalSpent") + ": " + Money.format(content.totalSpent(), locale)));
        add(new H3(getTranslation("report.attachments")), AttachmentsPanel.readOnly(() -> reports.attachments(report.id()),
                attachmentId -> reports.downloadAttachment(report.id(), attachmentId)));
    }

    private Grid<CostRow> costs(ReportSummary report, Locale locale) {
        List<CostRow> rows = new ArrayList<>();
        List<CostLine> lines = report.content().costs();
        for (int i = 0; i < lines.size(); i++) {
            BigDecimal before = i < report.spentBefore().size() ? report.spentBefore().get(i) : BigDecimal.ZERO;
            rows.add(new CostRow(lines.get(i), before));
        }
        Grid<CostRow> grid = new Grid<>();
        grid.setId("report-costs");
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> getTranslation("application.category." + row.line().category()) + " " + row.line().year())
                .setHeader(getTranslation("report.cost.line"));
        grid.addColumn(row -> orDash(row.line().description())).setHeader(getTranslation("report.cost.description"));
        grid.addColumn(row -> Money.format(row.line().accepted(), locale)).setHeader(getTranslation("report.cost.accepted"));
        grid.addColumn(row -> Money.format(row.before(), locale)).setHeader(getTranslation("report.cost.before"));
        grid.addColumn(row -> row.line().spent() == null ? "–" : Money.format(row.line().spent(), locale))
                .setHeader(getTranslation("report.cost.spent"));
        grid.setItems(rows);
        return grid;
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }

    private static String number(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString();
    }

    private record CostRow(CostLine line, BigDecimal before) {
    }
}
