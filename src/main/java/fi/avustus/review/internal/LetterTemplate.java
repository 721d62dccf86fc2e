package fi.avustus.review.internal;

import fi.avustus.review.AcceptedCostLine;
import fi.avustus.review.CostTotals;
import fi.avustus.review.Instalment;
import fi.avustus.review.PaymentPlan;
import fi.avustus.shared.Money;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;

/**
 * The decision letter as XHTML, in Finnish or Swedish, from the texts in
 * {@code review/letter_<language>.properties}. Every value typed by people is escaped: the
 * renderer parses XML, and a stray {@code <} or {@code &} must not break or alter the letter.
 */
final class LetterTemplate {

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 20mm 20mm 25mm; }
            body { font-family: 'DejaVu Sans', Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.35; }
            h1 { font-size: 16pt; margin: 0; }
            h2 { font-size: 11.5pt; margin: 14pt 0 4pt 0; }
            .subtitle { font-size: 12pt; margin-bottom: 12pt; }
            .text { white-space: pre-wrap; }
            table { border-collapse: collapse; margin-top: 4pt; }
            td, th { text-align: left; padding: 2pt 12pt 2pt 0; vertical-align: top; }
            .amount { text-align: right; white-space: nowrap; }
            .costs { width: 100%; }
            .note { font-size: 9pt; font-style: italic; }
            .signatures td { padding-top: 18pt; padding-right: 40pt; }
            """;

    private final Properties texts = new Properties();
    private final Locale locale;
    private final StringBuilder html = new StringBuilder();

    private LetterTemplate(String language) {
        this.locale = Locale.forLanguageTag(language);
        String resource = "/review/letter_" + language + ".properties";
        try (Reader reader = new InputStreamReader(LetterTemplate.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("No letter texts for " + language, e));
        }
    }

    static String xhtml(LetterContent letter) {
        return new LetterTemplate(letter.language()).build(letter);
    }

    private String build(LetterContent letter) {
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(letter.language()).append("\"><head><title>").append(escape(text("subtitle")))
                .append("</title><style>").append(STYLE).append("</style></head><body>");
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
        return html.append("</body></html>").toString();
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
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                // Control characters other than line breaks and tabs are not allowed in XML.
                default -> {
                    if (c >= ' ' || c == '\n' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
