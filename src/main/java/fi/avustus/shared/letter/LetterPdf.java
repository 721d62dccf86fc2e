package fi.avustus.shared.letter;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a letter's XHTML to PDF. It embeds DejaVu Sans where Debian's fonts-dejavu-core is
 * installed, because names of applicants may hold letters (Sámi č, ŋ, đ; Estonian õ is fine)
 * that the PDF's built-in Helvetica cannot show and would print as "#". Without the package
 * the letter falls back to Helvetica, which still covers Finnish and Swedish (ä, ö, å, €, §).
 * <p>
 * Parsing the two font files took a fifth of a letter's rendering, so parsed fonts are kept
 * and reused. A parsed font reads its glyphs lazily and is not safe for two renderings at once:
 * each rendering borrows a pair of its own, and as many pairs exist as renderings ever ran at once.
 */
public final class LetterPdf {

    static final String FAMILY = "DejaVu Sans";
    private static final Path FONT_DIR = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final Path REGULAR = FONT_DIR.resolve("DejaVuSans.ttf");
    private static final Path BOLD = FONT_DIR.resolve("DejaVuSans-Bold.ttf");
    private static final Queue<Fonts> IDLE_FONTS = new ConcurrentLinkedQueue<>();

    private record Fonts(TrueTypeFont regular, TrueTypeFont bold) {
    }

    private LetterPdf() {
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Fonts fonts = null;
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.withHtmlContent(xhtml, null);
            if (Files.isReadable(REGULAR) && Files.isReadable(BOLD)) {
                fonts = borrowFonts();
                builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts.regular(), true)), FAMILY, 400,
                        FontStyle.NORMAL, true);
                builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts.bold(), true)), FAMILY, 700,
                        FontStyle.NORMAL, true);
            }
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (fonts != null) {
                IDLE_FONTS.add(fonts);
            }
        }
        return out.toByteArray();
    }

    private static Fonts borrowFonts() throws IOException {
        Fonts idle = IDLE_FONTS.poll();
        return idle != null ? idle : new Fonts(parse(REGULAR), parse(BOLD));
    }

    private static TrueTypeFont parse(Path file) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(file)));
    }
}
