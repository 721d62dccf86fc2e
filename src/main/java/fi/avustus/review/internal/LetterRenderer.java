package fi.avustus.review.internal;

import fi.avustus.review.LetterPdf;

/** Renders a decision letter to PDF, in the style every letter of the funder shares. */
public final class LetterRenderer {

    private LetterRenderer() {
    }

    public static byte[] pdf(LetterContent letter) {
        return LetterPdf.render(LetterTemplate.xhtml(letter));
    }
}
