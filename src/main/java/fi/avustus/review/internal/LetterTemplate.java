package fi.avustus.review.internal;

import fi.avustus.review.AcceptedCostLine;
import fi.avustus.review.CostTotals;
import fi.avustus.review.Instalment;
import fi.avustus.review.PaymentPlan;
import fi.avustus.shared.letter.LetterHtml;
import java.time.LocalDate;

/**
 * The decision letter as XHTML, in Finnish or Swedish, from the texts in
 * {@code review/letter_<language>.properties}.
 */
final class LetterTemplate {

    private final LetterHtml html;

    private LetterTemplate(String language) {
        this.html = new LetterHtml("/review/letter", language);
    }

    static String xhtml(LetterContent letter) {
        return new LetterTemplate(letter.language()).build(letter);
    }

    private String build(LetterContent letter) {
        html.begin("title", "subtitle").append("<table>");
        html.row("date", date(letter.date()));
        html.row("reference", String.valueOf(letter.decisionId()));
        html.row("application", String.valueOf(letter.applicationId()));
        html.row("funder", letter.funderName());
        html.row("applicant", letter.applicantName());
        html.row("businessId", letter.applicantBusinessId());
        html.row("programme", letter.programmeName());
        html.row("call", letter.callTitle());
        html.append("</table>");
        html.section("decision", letter.positive()
                ? html.text("decision.positive", letter.funderName(), html.money(letter.grantedAmount()))
                : html.text("decision.negative", letter.funderName()));
        html.append("<table>");
        html.row("requested", html.money(letter.requestedAmount()));
        if (letter.positive()) {
            html.row("granted", html.money(letter.grantedAmount()));
            html.row("usagePeriod", html.text("usagePeriod.value", date(letter.usageStart()), date(letter.usageEnd())));
        }
        html.append("</table>");
        if (letter.positive()) {
            costs(letter);
            html.section("conditions", letter.conditions());
            reporting(letter);
            paymentPlan(letter);
        }
        html.section("justification", letter.justification());
        html.section("law", html.text("law.text"));
        html.section("appeal", html.text("appeal.text", letter.funderName()));
        html.append("<table class=\"signatures\"><tr><td>").escaped(html.text("decisionMaker")).append("<br/>")
                .escaped(letter.decisionMakerName()).append("</td><td>").escaped(html.text("presenter"))
                .append("<br/>").escaped(letter.presenterName()).append("</td></tr></table>");
        return html.end();
    }

    /** The accepted cost lines with what was applied for, a cut line's reason under its description. */
    private void costs(LetterContent letter) {
        if (letter.costLines().isEmpty()) {
            return;
        }
        html.heading("acceptedCosts").append("<table class=\"costs\"><tr>");
        html.header("costs.category", "").header("costs.year", "").header("costs.description", "")
                .header("costs.applied", "amount").header("costs.accepted", "amount");
        html.append("</tr>");
        for (AcceptedCostLine line : letter.costLines()) {
            html.append("<tr>").cell(categoryName(line.category()), false).cell(String.valueOf(line.year()), false)
                    .append("<td>").escaped(line.description());
            if (line.note() != null && !line.note().isBlank()) {
                html.append("<br/><span class=\"note\">").escaped(html.text("costs.note")).append(": ")
                        .escaped(line.note().strip()).append("</span>");
            }
            html.append("</td>").cell(html.money(line.applied()), true).cell(html.money(line.accepted()), true)
                    .append("</tr>");
        }
        CostTotals totals = CostTotals.of(letter.costLines());
        html.append("<tr><th colspan=\"3\">").escaped(html.text("costs.total")).append("</th><th class=\"amount\">")
                .escaped(html.money(totals.applied())).append("</th><th class=\"amount\">")
                .escaped(html.money(totals.accepted())).append("</th></tr></table>");
    }

    /** The reports' due dates, then any other reporting duties in the presenter's words. */
    private void reporting(LetterContent letter) {
        if (letter.schedule().finalReportDue() == null) {
            html.section("reportingDuties", letter.reportingDuties());
            return;
        }
        html.heading("reportingDuties").append("<div>").escaped(html.text("reporting.intro")).append("</div><table>");
        for (LocalDate interim : letter.schedule().interimReports()) {
            html.row("reporting.interim", date(interim));
        }
        html.row("reporting.final", date(letter.schedule().finalReportDue()));
        html.append("</table>");
        if (letter.reportingDuties() != null && !letter.reportingDuties().isBlank()) {
            html.append("<div class=\"text\">").escaped(letter.reportingDuties().strip()).append("</div>");
        }
    }

    /** A category the letter has no name for (added to applications later) prints as its code. */
    private String categoryName(String code) {
        return html.textOr("category." + code, code);
    }

    private void paymentPlan(LetterContent letter) {
        html.heading("paymentPlan").append("<table><tr>").header("paymentPlan.due", "").header("paymentPlan.amount", "amount")
                .append("</tr>");
        for (Instalment instalment : letter.instalments()) {
            html.append("<tr>").cell(date(instalment.dueDate()), false).cell(html.money(instalment.amount()), true)
                    .append("</tr>");
        }
        html.append("<tr><th>").escaped(html.text("paymentPlan.total")).append("</th><th class=\"amount\">")
                .escaped(html.money(PaymentPlan.sum(letter.instalments()))).append("</th></tr></table>");
    }

    private static String date(LocalDate date) {
        return LetterHtml.date(date);
    }
}
