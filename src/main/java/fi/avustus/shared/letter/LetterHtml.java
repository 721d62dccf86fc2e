package fi.avustus.shared.letter;

import fi.avustus.shared.Money;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;

/**
 * A letter as XHTML for {@link LetterPdf}, in one language, with its texts from a properties
 * file ({@code <texts>_<language>.properties} on the class path, UTF-8) over the texts all
 * letters share. Every value typed by
 * people goes through {@link #escape}: the renderer parses XML, and a stray {@code <} or
 * {@code &} must not break or alter the letter. Letters of every module share the page and the
 * look, so that what an organisation receives reads as from one sender.
 */
public final class LetterHtml {

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
    /** What every letter says alike, such as how to request rectification: {@code letter/common_<language>.properties}. */
    private static final String COMMON_TEXTS = "/letter/common";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final Properties texts = new Properties();
    private final String language;
    private final Locale locale;
    private final StringBuilder html = new StringBuilder();

    /**
     * @param texts    the texts' resource without language and extension, e.g. {@code /review/letter}
     * @param language {@code fi} or {@code sv}
     */
    public LetterHtml(String texts, String language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        load(COMMON_TEXTS);
        load(texts);
    }

    /** Later files override earlier ones' keys. */
    private void load(String texts) {
        String resource = texts + "_" + language + ".properties";
        try (Reader reader = new InputStreamReader(LetterHtml.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            this.texts.load(reader);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("No letter texts " + resource, e));
        }
    }

    /** The document's head and the letter's title and subtitle, both texts' keys. */
    public LetterHtml begin(String titleKey, String subtitleKey) {
        html.append(head(language, text(subtitleKey)));
        return append("<h1>").escaped(text(titleKey)).append("</h1><div class=\"subtitle\">")
                .escaped(text(subtitleKey)).append("</div>");
    }

    /** A whole letter around a body of XHTML written elsewhere, on the same page and in the same look. */
    public static String document(String language, String title, String body) {
        return head(language, title) + body + "</body></html>";
    }

    private static String head(String language, String title) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\""
                + escape(language) + "\"><head><title>" + escape(title) + "</title><style>" + STYLE + "</style></head><body>";
    }

    /** The finished document. */
    public String end() {
        return html.append("</body></html>").toString();
    }

    /** Markup written as is: only ever constant tags, never a value. */
    public LetterHtml append(String markup) {
        html.append(markup);
        return this;
    }

    public LetterHtml escaped(String value) {
        html.append(escape(value));
        return this;
    }

    /** A heading from the texts. */
    public LetterHtml heading(String key) {
        return append("<h2>").escaped(text(key)).append("</h2>");
    }

    /** A heading and a free text; an empty text leaves the whole section out. */
    public LetterHtml section(String key, String body) {
        if (body == null || body.isBlank()) {
            return this;
        }
        return heading(key).append("<div class=\"text\">").escaped(body.strip()).append("</div>");
    }

    /** A labelled row of a two-column table; an empty value leaves the row out. */
    public LetterHtml row(String key, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        return append("<tr><th>").escaped(text(key)).append("</th><td>").escaped(value).append("</td></tr>");
    }

    /** A column header of a table, with a CSS class such as {@code amount} or none when empty. */
    public LetterHtml header(String key, String cssClass) {
        return append("<th").append(cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"").append(">")
                .escaped(text(key)).append("</th>");
    }

    /** A table cell with a value, right-aligned when it is an amount. */
    public LetterHtml cell(String value, boolean amount) {
        return append(amount ? "<td class=\"amount\">" : "<td>").escaped(value).append("</td>");
    }

    /** The text of a key, its arguments formatted in the letter's language. */
    public String text(String key, Object... arguments) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("Letter text missing: " + key);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The text of a key, or the fallback when the texts have none (codes added after the letter was written). */
    public String textOr(String key, String fallback) {
        return texts.getProperty(key, fallback);
    }

    public String money(BigDecimal amount) {
        return Money.format(amount, locale);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (allowedInXml(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /**
     * XML 1.0 allows no control characters other than line breaks and tabs, no half of a surrogate
     * pair (a code point of its own here) and not U+FFFE or U+FFFF: any of them would stop the
     * renderer's parser and so the whole letter.
     */
    private static boolean allowedInXml(int c) {
        return c == '\n' || c == '\t' || (c >= ' ' && c < Character.MIN_SURROGATE)
                || (c > Character.MAX_SURROGATE && c < 0xFFFE) || c > 0xFFFF;
    }
}
