package fi.avustus.review.internal;

import fi.avustus.shared.letter.LetterTextFiles;
import org.junit.jupiter.api.Test;

/** The letter's Finnish and Swedish texts stay complete: the same keys, none empty. */
class LetterTextsTest {

    @Test
    void finnishAndSwedishHaveTheSameKeys() {
        LetterTextFiles.assertComplete("/review/letter");
    }
}
