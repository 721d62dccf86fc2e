package fi.avustus.review;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The funder's letters as PDF: the decision letter and the letters of later decisions on a grant
 * (a change request, a recovery) share one page style, one escaping and one renderer. A letter is
 * XHTML built with {@link #escape} around every text, wrapped by {@link #document}; the texts all
 * letters share (the law applied, the appeal instructions) are in {@link #texts}.
 * <p>
 * DejaVu Sans is embedded where Debian's fonts-dejavu-core is installed, because names of
 * applicants may hold letters (Sámi č, ŋ, đ; Estonian õ is fine) that the PDF's built-in
 * Helvetica cannot show and would print as "#". Without the package the letter falls back to
 * Helvetica, which still covers Finnish and Swedish (ä, ö, å, €, §).
 */
public final class LetterPdf {

    /** The letters' page and type; classes: subtitle, text (kept line breaks), amount, costs, note, signatures. */
    public static final String STYLE = """
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

    private static final String FAMILY = "DejaVu Sans";
    private static final Path FONT_DIR = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final Path REGULAR = FONT_DIR.resolve("DejaVuSans.ttf");
    private static final Path BOLD = FONT_DIR.resolve("DejaVuSans-Bold.ttf");

    private LetterPdf() {
    }

    /**
     * The decision letter's texts in Finnish or Swedish ({@code review/letter_<language>.properties});
     * other letters take the shared ones from here: {@code law}, {@code law.text}, {@code appeal}
     * and {@code appeal.text} (whose argument is the funder's name), through {@link #text}.
     */
    public static Properties texts(String language) {
        Properties texts = new Properties();
        String resource = "/review/letter_" + language + ".properties";
        try (Reader reader = new InputStreamReader(LetterPdf.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("No letter texts for " + language, e));
        }
        return texts;
    }

    /** One of the shared letter texts with its arguments, in the letter's language. */
    public static String text(String language, String key, Object... arguments) {
        String pattern = texts(language).getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("Letter text missing: " + key);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag(language)).format(arguments);
    }

    /** A whole letter around its body (already XHTML), in the letters' style. */
    public static String document(String language, String title, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\""
                + escape(language) + "\"><head><title>" + escape(title) + "</title><style>" + STYLE
                + "</style></head><body>" + body + "</body></html>";
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            if (Files.isReadable(REGULAR) && Files.isReadable(BOLD)) {
                builder.useFont(REGULAR.toFile(), FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
                builder.useFont(BOLD.toFile(), FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Escapes a text for the letter's XHTML: the renderer parses XML, and a stray {@code <} or
     * {@code &} typed by someone must not break or alter the letter.
     */
    public static String escape(String text) {
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
