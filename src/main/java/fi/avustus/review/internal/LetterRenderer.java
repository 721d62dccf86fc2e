package fi.avustus.review.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders a decision letter to PDF. The letter uses the PDF's built-in Helvetica, which covers
 * Finnish and Swedish (ä, ö, å, é, €, §) without shipping or embedding a font file.
 */
public final class LetterRenderer {

    private LetterRenderer() {
    }

    public static byte[] pdf(LetterContent letter) {
        String xhtml = LetterTemplate.xhtml(letter);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
