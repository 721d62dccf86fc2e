package fi.avustus;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.ui.ModularTranslations;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Finnish, Swedish and English stay complete: the same keys, none empty. */
class TranslationsTest {

    @Test
    void everyKeyExistsInEveryLanguage() {
        Map<String, String> fi = ModularTranslations.load("fi");
        Map<String, String> sv = ModularTranslations.load("sv");
        Map<String, String> en = ModularTranslations.load("en");
        assertThat(fi).isNotEmpty();
        assertThat(new TreeSet<>(sv.keySet())).as("Swedish keys").isEqualTo(new TreeSet<>(fi.keySet()));
        assertThat(new TreeSet<>(en.keySet())).as("English keys").isEqualTo(new TreeSet<>(fi.keySet()));
        for (Map<String, String> language : new Map[] {fi, sv, en}) {
            assertThat(language.entrySet()).allSatisfy(entry -> assertThat(entry.getValue()).as(entry.getKey()).isNotBlank());
        }
    }
}
