package fi.avustus.recovery.internal;

import fi.avustus.recovery.ClaimSummary;
import fi.avustus.recovery.InterestLine;
import fi.avustus.shared.letter.LetterHtml;
import fi.avustus.shared.letter.LetterPdf;
import java.math.BigDecimal;

/**
 * The recovery letter in Finnish or Swedish, from the texts in
 * {@code recovery/letter_<language>.properties}: the settlement's figures, the interest per
 * payment, what to pay by when with which reference, and how to request rectification.
 */
public final class RecoveryLetterTemplate {

    private final LetterHtml html;

    private RecoveryLetterTemplate(String language) {
        this.html = new LetterHtml("/recovery/letter", language);
    }

    public static byte[] pdf(RecoveryLetterContent letter) {
        return LetterPdf.render(xhtml(letter));
    }

    static String xhtml(RecoveryLetterContent letter) {
        return new RecoveryLetterTemplate(letter.claim().language()).build(letter);
    }

    private String build(RecoveryLetterContent letter) {
        ClaimSummary claim = letter.claim();
        html.begin("title", "subtitle").append("<table>");
        html.row("date", LetterHtml.date(claim.decisionDate()));
        html.row("funder", letter.funderName());
        html.row("recipient", letter.recipientName());
        html.row("businessId", letter.recipientBusinessId());
        html.row("programme", letter.programmeName());
        html.row("call", letter.callTitle());
        html.row("project", String.valueOf(claim.projectId()));
        html.row("application", String.valueOf(letter.applicationId()));
        html.row("grantDecision", String.valueOf(letter.grantDecisionId()));
        html.append("</table>");
        html.section("decision", html.text("decision.text", letter.funderName(), html.money(claim.principal()),
                html.money(claim.interest()), html.money(claim.total())));
        html.heading("settlement").append("<table>");
        amountRow("granted", letter.granted());
        amountRow("paid", letter.paid());
        amountRow("accepted", letter.acceptedCosts());
        amountRow("unused", claim.principal());
        html.append("</table>");
        interest(claim);
        html.heading("payment").append("<table>");
        html.row("payment.total", html.money(claim.total()));
        html.row("payment.dueDate", LetterHtml.date(claim.dueDate()));
        html.row("payment.reference", claim.reference());
        html.row("payment.payee", letter.funderName());
        html.append("</table><div class=\"text\">").escaped(html.text("payment.text")).append("</div>");
        html.section("law", html.text("law.text"));
        html.section("appeal", html.text("appeal.text", letter.funderName()));
        return html.end();
    }

    private void amountRow(String key, BigDecimal amount) {
        html.append("<tr><th>").escaped(html.text(key)).append("</th>").cell(html.money(amount), true).append("</tr>");
    }

    private void interest(ClaimSummary claim) {
        html.heading("interest").append("<div>")
                .escaped(html.text("interest.intro", claim.interestPercent()))
                .append("</div><table class=\"costs\"><tr>");
        html.header("interest.instalment", "").header("interest.paidOn", "").header("interest.paidAmount", "amount")
                .header("interest.principal", "amount").header("interest.days", "amount").header("interest.amount", "amount");
        html.append("</tr>");
        for (InterestLine line : claim.interestLines()) {
            html.append("<tr>").cell(String.valueOf(line.instalment()), false).cell(LetterHtml.date(line.paidOn()), false)
                    .cell(html.money(line.paidAmount()), true).cell(html.money(line.principal()), true)
                    .cell(String.valueOf(line.days()), true).cell(html.money(line.interest()), true).append("</tr>");
        }
        html.append("<tr><th colspan=\"3\">").escaped(html.text("interest.total")).append("</th><th class=\"amount\">")
                .escaped(html.money(claim.principal())).append("</th><th></th><th class=\"amount\">")
                .escaped(html.money(claim.interest())).append("</th></tr></table>");
    }
}
