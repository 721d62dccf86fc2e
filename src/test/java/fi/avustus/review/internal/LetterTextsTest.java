package fi.avustus.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The letter's Finnish and Swedish texts stay complete: the same keys, none empty. */
class LetterTextsTest {

    private static Properties load(String language) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = new InputStreamReader(LetterTextsTest.class.getResourceAsStream(
                "/review/letter_" + language + ".properties"), StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }

    @Test
    void finnishAndSwedishHaveTheSameKeys() throws IOException {
        Properties fi = load("fi");
        Properties sv = load("sv");
        assertThat(sv.stringPropertyNames()).isEqualTo(fi.stringPropertyNames());
        assertThat(fi.values()).allSatisfy(text -> assertThat((String) text).isNotBlank());
        assertThat(sv.values()).allSatisfy(text -> assertThat((String) text).isNotBlank());
    }
}
