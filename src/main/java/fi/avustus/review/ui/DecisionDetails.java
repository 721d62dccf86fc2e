package fi.avustus.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fi.avustus.review.AcceptedCostLine;
import fi.avustus.review.DecisionSummary;
import fi.avustus.review.Instalment;
import fi.avustus.review.ReportingSchedule;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

/** A decision proposal read-only, label by label, as the decision maker reviews it. */
class DecisionDetails extends Composite<VerticalLayout> {

    DecisionDetails(DecisionSummary decision, String presenterName) {
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        Locale locale = getLocale();
        line("decision-positive", "decision.positive", getTranslation("decision.positive." + decision.positive()));
        line("decision-language", "decision.language", getTranslation("decision.language." + decision.language()));
        line("decision-requested", "decision.requestedAmount", Money.format(decision.requestedAmount(), locale));
        if (decision.positive()) {
            line("decision-granted", "decision.grantedAmount", Money.format(decision.grantedAmount(), locale));
            line("decision-usage", "decision.usagePeriod", date(decision.usageStart()) + "–" + date(decision.usageEnd()));
            costs(decision);
            line("decision-conditions", "decision.conditions", decision.conditions());
            ReportingSchedule schedule = decision.reportingSchedule();
            line("decision-interim-reports", "decision.interimReports",
                    schedule.interimReports().stream().map(DecisionDetails::date).collect(Collectors.joining(", ")));
            line("decision-final-report", "decision.finalReportDue", date(schedule.finalReportDue()));
            line("decision-reporting", "decision.reportingDuties", decision.reportingDuties());
            StringBuilder plan = new StringBuilder();
            for (Instalment instalment : decision.instalments()) {
                plan.append(date(instalment.dueDate())).append(": ").append(Money.format(instalment.amount(), locale)).append('\n');
            }
            line("decision-instalments", "decision.instalments", plan.toString());
        }
        line("decision-justification", "decision.justification", decision.justification());
        line("decision-presenter", "decision.presenter", presenterName);
        line("decision-status", "decision.status", getTranslation("decision.status." + decision.status()));
    }

    /** The cost lines as the letter shows them; a decision from before lines were data has none. */
    private void costs(DecisionSummary decision) {
        if (decision.costLines().isEmpty()) {
            return;
        }
        CostLineTable table = new CostLineTable("decision-costs");
        for (AcceptedCostLine line : decision.costLines()) {
            table.addLine(line, new Span(Money.format(line.accepted(), getLocale())),
                    new Span(line.note() == null ? "" : line.note()));
        }
        table.showTotals(decision.costTotals());
        labelled("decision.acceptedCosts", table);
    }

    private void line(String id, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Div text = new Div(value.strip());
        text.setId(id);
        // Multi-line texts (conditions, other duties) keep the presenter's line breaks.
        text.getStyle().set("white-space", "pre-wrap");
        labelled(labelKey, text);
    }

    private void labelled(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("font-weight", "600");
        Div line = new Div(label, value);
        line.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        getContent().add(line);
    }

    private static String date(LocalDate date) {
        return Time.formatDate(date);
    }
}
