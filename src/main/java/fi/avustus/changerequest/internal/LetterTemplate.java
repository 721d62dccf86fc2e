package fi.avustus.changerequest.internal;

import fi.avustus.changerequest.ChangeLine;
import fi.avustus.changerequest.ChangeRequestKind;
import fi.avustus.changerequest.ChangeRequestStatus;
import fi.avustus.changerequest.ChangeRequestSummary;
import fi.avustus.project.ProjectChangeRules;
import fi.avustus.shared.letter.LetterHtml;
import fi.avustus.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The decision on a change request as XHTML for {@link LetterPdf}, in Finnish or Swedish, from the
 * change-request module's own texts ({@code changerequest.letter.*}): what was asked and why,
 * what was decided and why, for an accepted extension the new report due dates; the law applied and
 * how to appeal in the words of every letter of the funder.
 */
final class LetterTemplate {

    /** The decision letter's texts, which hold the law and the appeal instructions every letter of the funder gives. */
    private static final String DECISION_LETTER_TEXTS = "/review/letter";

    private final LetterContent letter;
    private final Locale locale;
    private final BiFunction<String, Object[], String> texts;
    private final StringBuilder html = new StringBuilder();

    private LetterTemplate(LetterContent letter, BiFunction<String, Object[], String> texts) {
        this.letter = letter;
        this.locale = Locale.forLanguageTag(letter.language());
        this.texts = texts;
    }

    /** @param texts a translation key and its arguments to the text in the letter's language */
    static String xhtml(LetterContent letter, BiFunction<String, Object[], String> texts) {
        return new LetterTemplate(letter, texts).build();
    }

    private String build() {
        ChangeRequestSummary request = letter.request();
        html.append("<h1>").append(text("title")).append("</h1><div class=\"subtitle\">")
                .append(text("kind." + request.kind().name())).append("</div><table>");
        row("date", date(letter.date()));
        row("reference", String.valueOf(request.id()));
        row("decision", String.valueOf(letter.project().decisionId()));
        row("project", letter.project().name());
        row("applicant", letter.applicantName() + " (" + letter.applicantBusinessId() + ")");
        row("funder", letter.funderName());
        row("programme", letter.programmeName());
        row("call", letter.callTitle());
        html.append("</table>");
        heading("asked");
        if (request.kind() == ChangeRequestKind.EXTENSION) {
            paragraph(text("asked.extension", date(request.usageEndBefore()), date(request.requestedUsageEnd())));
        } else {
            lines(request.lines(), false);
        }
        section("applicantJustification", request.justification());
        heading("outcome");
        paragraph(text("outcome." + request.status().name()));
        if (request.status() == ChangeRequestStatus.ACCEPTED_WITH_CHANGES && request.kind() == ChangeRequestKind.REALLOCATION) {
            lines(request.lines(), true);
        }
        if (request.status().accepted() && request.kind() == ChangeRequestKind.EXTENSION) {
            schedule();
        }
        section("justification", request.decisionJustification());
        common("law", "law.text");
        common("appeal", "appeal.text", letter.funderName());
        html.append("<table class=\"signatures\"><tr><td>").append(text("official")).append("<br/>")
                .append(LetterHtml.escape(letter.officialName())).append("</td></tr></table>");
        return LetterHtml.document(letter.language(), texts.apply("changerequest.letter.title", new Object[0]), html.toString());
    }

    /** The budget lines before and as asked for, and as decided when that differs. */
    private void lines(List<ChangeLine> lines, boolean decided) {
        html.append("<table class=\"costs\"><tr>");
        for (String column : decided ? List.of("category", "year", "before", "requested", "decided")
                : List.of("category", "year", "before", "requested")) {
            html.append("<th").append(column.equals("category") || column.equals("year") ? "" : " class=\"amount\"")
                    .append(">").append(text("line." + column)).append("</th>");
        }
        html.append("</tr>");
        for (ChangeLine line : lines) {
            html.append("<tr><td>").append(LetterHtml.escape(category(line))).append("</td><td>").append(line.year())
                    .append("</td>").append(amount(line.before())).append(amount(line.requested()));
            if (decided) {
                html.append(amount(line.decided()));
            }
            html.append("</tr>");
        }
        html.append("</table>");
    }

    private String category(ChangeLine line) {
        String name = texts.apply("decision.costCategory." + line.category(), new Object[0]);
        String label = name == null || name.startsWith("!") ? line.category() : name;
        return line.description() == null || line.description().isBlank() ? label : label + ": " + line.description();
    }

    private String amount(BigDecimal amount) {
        return "<td class=\"amount\">" + LetterHtml.escape(Money.format(amount, locale)) + "</td>";
    }

    /** The usage period and report due dates after the extension. */
    private void schedule() {
        heading("schedule");
        html.append("<table>");
        row("schedule.usageEnd", date(letter.project().usageEnd()));
        List<LocalDate> interim = letter.project().interimReportsDue();
        for (int i = 0; i < interim.size(); i++) {
            row("schedule.interim", date(interim.get(i)), i + 1);
        }
        row("schedule.final", date(letter.project().finalReportDue()));
        html.append("</table>");
    }

    private void section(String key, String body) {
        if (body != null && !body.isBlank()) {
            heading(key);
            html.append("<div class=\"text\">").append(LetterHtml.escape(body.strip())).append("</div>");
        }
    }

    /** A section every letter of the funder has, in the decision letter's words. */
    private void common(String heading, String body, Object... arguments) {
        LetterHtml shared = new LetterHtml(DECISION_LETTER_TEXTS, letter.language());
        html.append("<h2>").append(LetterHtml.escape(shared.text(heading))).append("</h2><div class=\"text\">")
                .append(LetterHtml.escape(shared.text(body, arguments))).append("</div>");
    }

    private void heading(String key) {
        html.append("<h2>").append(text(key)).append("</h2>");
    }

    private void paragraph(String escaped) {
        html.append("<p>").append(escaped).append("</p>");
    }

    private void row(String key, String value, Object... arguments) {
        if (value != null && !value.isBlank()) {
            html.append("<tr><th>").append(text(key, arguments)).append("</th><td>").append(LetterHtml.escape(value))
                    .append("</td></tr>");
        }
    }

    /** A letter text, escaped. */
    private String text(String key, Object... arguments) {
        return LetterHtml.escape(texts.apply("changerequest.letter." + key, arguments));
    }

    private static String date(LocalDate date) {
        return ProjectChangeRules.formatDate(date);
    }
}
