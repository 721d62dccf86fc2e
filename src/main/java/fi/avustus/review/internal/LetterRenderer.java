package fi.avustus.review.internal;

import fi.avustus.shared.letter.LetterPdf;

/** Renders a decision letter to PDF, with the look every letter of the product shares ({@link LetterPdf}). */
public final class LetterRenderer {

    private LetterRenderer() {
    }

    public static byte[] pdf(LetterContent letter) {
        return LetterPdf.render(LetterTemplate.xhtml(letter));
    }
}
