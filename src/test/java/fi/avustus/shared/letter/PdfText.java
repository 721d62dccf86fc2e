package fi.avustus.shared.letter;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A letter's PDF read back as text, for tests that check what a letter says. */
public final class PdfText {

    private PdfText() {
    }

    /** Lines wrap anywhere and money uses non-breaking spaces: the text comes with single plain spaces. */
    public static String of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0\u202f]+", " ");
        }
    }
}
