package fi.avustus.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fi.avustus.review.DecisionSummary;
import fi.avustus.review.Instalment;
import fi.avustus.shared.Money;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A decision proposal read-only, label by label, as the decision maker reviews it. */
class DecisionDetails extends Composite<VerticalLayout> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    DecisionDetails(DecisionSummary decision) {
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
            line("decision-costs", "decision.acceptedCosts", decision.acceptedCosts());
            line("decision-conditions", "decision.conditions", decision.conditions());
            line("decision-reporting", "decision.reportingDuties", decision.reportingDuties());
            StringBuilder plan = new StringBuilder();
            for (Instalment instalment : decision.instalments()) {
                plan.append(date(instalment.dueDate())).append(": ").append(Money.format(instalment.amount(), locale)).append('\n');
            }
            line("decision-instalments", "decision.instalments", plan.toString());
        }
        line("decision-justification", "decision.justification", decision.justification());
        line("decision-presenter", "decision.presenter", decision.presenter());
        line("decision-status", "decision.status", getTranslation("decision.status." + decision.status()));
    }

    private void line(String id, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("font-weight", "600");
        Div text = new Div(value.strip());
        text.setId(id);
        // Multi-line texts (costs, conditions) keep the presenter's line breaks.
        text.getStyle().set("white-space", "pre-wrap");
        Div line = new Div(label, text);
        line.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        getContent().add(line);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
