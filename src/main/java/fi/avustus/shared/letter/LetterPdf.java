package fi.avustus.shared.letter;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders a letter's XHTML to PDF. It embeds DejaVu Sans where Debian's fonts-dejavu-core is
 * installed, because names of applicants may hold letters (Sámi č, ŋ, đ; Estonian õ is fine)
 * that the PDF's built-in Helvetica cannot show and would print as "#". Without the package
 * the letter falls back to Helvetica, which still covers Finnish and Swedish (ä, ö, å, €, §).
 */
public final class LetterPdf {

    static final String FAMILY = "DejaVu Sans";
    private static final Path FONT_DIR = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final Path REGULAR = FONT_DIR.resolve("DejaVuSans.ttf");
    private static final Path BOLD = FONT_DIR.resolve("DejaVuSans-Bold.ttf");

    private LetterPdf() {
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
}
