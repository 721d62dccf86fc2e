package fi.avustus.review.internal;

import fi.avustus.review.AcceptedCostLine;
import fi.avustus.review.CostTotals;
import fi.avustus.review.Instalment;
import fi.avustus.review.LetterPdf;
import fi.avustus.review.PaymentPlan;
import fi.avustus.shared.Money;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;

/**
 * The decision letter as XHTML, in Finnish or Swedish, from the texts in
 * {@code review/letter_<language>.properties}, in the style of {@link LetterPdf}. Every value typed
 * by people is escaped.
 */
final class LetterTemplate {

    private final Properties texts;
    private final Locale locale;
    private final StringBuilder html = new StringBuilder();

    private LetterTemplate(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.texts = LetterPdf.texts(language);
    }

    static String xhtml(LetterContent letter) {
        return new LetterTemplate(letter.language()).build(letter);
    }

    private String build(LetterContent letter) {
        html.append("<h1>").append(escape(text("title"))).append("</h1><div class=\"subtitle\">")
                .append(escape(text("subtitle"))).append("</div><table>");
        row("date", date(letter.date()));
        row("reference", String.valueOf(letter.decisionId()));
        row("application", String.valueOf(letter.applicationId()));
        row("funder", letter.funderName());
        row("applicant", letter.applicantName());
        row("businessId", letter.applicantBusinessId());
        row("programme", letter.programmeName());
        row("call", letter.callTitle());
        html.append("</table>");
        section("decision", letter.positive()
                ? text("decision.positive", letter.funderName(), money(letter.grantedAmount()))
                : text("decision.negative", letter.funderName()));
        html.append("<table>");
        row("requested", money(letter.requestedAmount()));
        if (letter.positive()) {
            row("granted", money(letter.grantedAmount()));
            row("usagePeriod", text("usagePeriod.value", date(letter.usageStart()), date(letter.usageEnd())));
        }
        html.append("</table>");
        if (letter.positive()) {
            costs(letter);
            section("conditions", letter.conditions());
            reporting(letter);
            paymentPlan(letter);
        }
        section("justification", letter.justification());
        section("law", text("law.text"));
        section("appeal", text("appeal.text", letter.funderName()));
        html.append("<table class=\"signatures\"><tr><td>").append(escape(text("decisionMaker"))).append("<br/>")
                .append(escape(letter.decisionMakerName())).append("</td><td>").append(escape(text("presenter")))
                .append("<br/>").append(escape(letter.presenterName())).append("</td></tr></table>");
        return LetterPdf.document(letter.language(), text("subtitle"), html.toString());
    }

    /** The accepted cost lines with what was applied for, a cut line's reason under its description. */
    private void costs(LetterContent letter) {
        if (letter.costLines().isEmpty()) {
            return;
        }
        html.append("<h2>").append(escape(text("acceptedCosts"))).append("</h2><table class=\"costs\"><tr>");
        header("costs.category", "");
        header("costs.year", "");
        header("costs.description", "");
        header("costs.applied", "amount");
        header("costs.accepted", "amount");
        html.append("</tr>");
        for (AcceptedCostLine line : letter.costLines()) {
            html.append("<tr><td>").append(escape(categoryName(line.category()))).append("</td><td>").append(line.year())
                    .append("</td><td>").append(escape(line.description()));
            if (line.note() != null && !line.note().isBlank()) {
                html.append("<br/><span class=\"note\">").append(escape(text("costs.note"))).append(": ")
                        .append(escape(line.note().strip())).append("</span>");
            }
            html.append("</td><td class=\"amount\">").append(escape(money(line.applied())))
                    .append("</td><td class=\"amount\">").append(escape(money(line.accepted()))).append("</td></tr>");
        }
        CostTotals totals = CostTotals.of(letter.costLines());
        html.append("<tr><th colspan=\"3\">").append(escape(text("costs.total"))).append("</th><th class=\"amount\">")
                .append(escape(money(totals.applied()))).append("</th><th class=\"amount\">")
                .append(escape(money(totals.accepted()))).append("</th></tr></table>");
    }

    /** The reports' due dates, then any other reporting duties in the presenter's words. */
    private void reporting(LetterContent letter) {
        if (letter.schedule().finalReportDue() == null) {
            section("reportingDuties", letter.reportingDuties());
            return;
        }
        html.append("<h2>").append(escape(text("reportingDuties"))).append("</h2><div>")
                .append(escape(text("reporting.intro"))).append("</div><table>");
        for (LocalDate interim : letter.schedule().interimReports()) {
            row("reporting.interim", date(interim));
        }
        row("reporting.final", date(letter.schedule().finalReportDue()));
        html.append("</table>");
        if (letter.reportingDuties() != null && !letter.reportingDuties().isBlank()) {
            html.append("<div class=\"text\">").append(escape(letter.reportingDuties().strip())).append("</div>");
        }
    }

    private void header(String key, String cssClass) {
        html.append("<th").append(cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"").append(">")
                .append(escape(text(key))).append("</th>");
    }

    /** A category the letter has no name for (added to applications later) prints as its code. */
    private String categoryName(String code) {
        return texts.getProperty("category." + code, code);
    }

    private void paymentPlan(LetterContent letter) {
        html.append("<h2>").append(escape(text("paymentPlan"))).append("</h2><table><tr>");
        header("paymentPlan.due", "");
        header("paymentPlan.amount", "amount");
        html.append("</tr>");
        for (Instalment instalment : letter.instalments()) {
            html.append("<tr><td>").append(escape(date(instalment.dueDate()))).append("</td><td class=\"amount\">")
                    .append(escape(money(instalment.amount()))).append("</td></tr>");
        }
        html.append("<tr><th>").append(escape(text("paymentPlan.total"))).append("</th><th class=\"amount\">")
                .append(escape(money(PaymentPlan.sum(letter.instalments())))).append("</th></tr></table>");
    }

    /** A heading and a free text; an empty text leaves the whole section out. */
    private void section(String key, String body) {
        if (body == null || body.isBlank()) {
            return;
        }
        html.append("<h2>").append(escape(text(key))).append("</h2><div class=\"text\">")
                .append(escape(body.strip())).append("</div>");
    }

    private void row(String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        html.append("<tr><th>").append(escape(text(key))).append("</th><td>").append(escape(value)).append("</td></tr>");
    }

    private String text(String key, Object... arguments) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("Letter text missing: " + key);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private String money(java.math.BigDecimal amount) {
        return Money.format(amount, locale);
    }

    private static String date(LocalDate date) {
        return DecisionRules.formatDate(date);
    }

    static String escape(String text) {
        return LetterPdf.escape(text);
    }
}
