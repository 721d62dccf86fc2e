package fi.avustus.approval.internal;

import fi.avustus.shared.letter.LetterHtml;
import fi.avustus.shared.letter.LetterPdf;
import java.util.List;
import java.util.Map;

/**
 * A simple A4 document built as XHTML and printed to PDF ({@link LetterPdf}, with its fonts).
 * Every text is escaped on the way in, since the renderer parses XML and people's comments may
 * hold any character.
 */
final class XhtmlPage {

    private static final String STYLE = "@page { size: A4; margin: 20mm; }"
            + " body { font-family: 'DejaVu Sans', Helvetica, sans-serif; font-size: 10pt; }"
            + " h1 { font-size: 15pt; } h2 { font-size: 11.5pt; margin: 14pt 0 4pt 0; }"
            + " table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top;"
            + " border-bottom: 0.5pt solid #999; padding: 2pt 6pt 2pt 0; } .comment { white-space: pre-wrap; }";

    private final StringBuilder body = new StringBuilder();
    private final String title;
    private final String language;

    XhtmlPage(String title, String language) {
        this.title = title;
        this.language = language;
    }

    void heading(int level, String text) {
        body.append("<h").append(level).append('>').append(escape(text)).append("</h").append(level).append('>');
    }

    void paragraph(String text) {
        body.append("<p class=\"comment\">").append(escape(text)).append("</p>");
    }

    void strong(String text) {
        body.append("<p><strong>").append(escape(text)).append("</strong></p>");
    }

    void fields(List<Map.Entry<String, String>> rows) {
        body.append("<table>");
        rows.forEach(row -> body.append("<tr><th>").append(escape(row.getKey())).append("</th><td>")
                .append(escape(row.getValue())).append("</td></tr>"));
        body.append("</table>");
    }

    void list(List<String> items) {
        body.append("<ul>");
        items.forEach(item -> body.append("<li>").append(escape(item)).append("</li>"));
        body.append("</ul>");
    }

    void table(List<String> headers, List<List<String>> rows) {
        body.append("<table><tr>");
        headers.forEach(header -> body.append("<th>").append(escape(header)).append("</th>"));
        body.append("</tr>");
        for (List<String> row : rows) {
            body.append("<tr>");
            row.forEach(cell -> body.append("<td class=\"comment\">").append(escape(cell)).append("</td>"));
            body.append("</tr>");
        }
        body.append("</table>");
    }

    String xhtml() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\""
                + escape(language) + "\"><head><title>" + escape(title) + "</title><style>" + STYLE
                + "</style></head><body>" + body + "</body></html>";
    }

    byte[] pdf() {
        return LetterPdf.render(xhtml());
    }

    private static String escape(String text) {
        return LetterHtml.escape(text);
    }
}
