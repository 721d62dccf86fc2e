package fi.avustus.shared.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Checks a letter's texts: Finnish and Swedish have the same keys, none empty. */
public final class LetterTextFiles {

    private LetterTextFiles() {
    }

    /** @param texts the resource without language and extension, as {@link LetterHtml} takes it */
    public static void assertComplete(String texts) {
        Properties fi = load(texts, "fi");
        Properties sv = load(texts, "sv");
        assertThat(fi.stringPropertyNames()).as(texts).isNotEmpty().isEqualTo(sv.stringPropertyNames());
        assertThat(fi.values()).allSatisfy(text -> assertThat((String) text).isNotBlank());
        assertThat(sv.values()).allSatisfy(text -> assertThat((String) text).isNotBlank());
    }

    private static Properties load(String texts, String language) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(LetterTextFiles.class.getResourceAsStream(
                texts + "_" + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
