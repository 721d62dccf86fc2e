package fi.avustus;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.ui.ModularTranslations;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Finnish, Swedish and English stay complete: the same keys, none empty, none defined by two modules. */
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

    /** All modules' texts share one namespace: a key in two files would show one module's text in the other's screen. */
    @Test
    void noKeyIsDefinedByTwoModules() throws IOException {
        Map<String, String> fileOfKey = new HashMap<>();
        Set<String> clashes = new TreeSet<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources(ModularTranslations.LOCATION.formatted("fi"))) {
            Properties texts = new Properties();
            try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            for (String key : texts.stringPropertyNames()) {
                String earlier = fileOfKey.put(key, file.getFilename());
                if (earlier != null) {
                    clashes.add(key + " in " + earlier + " and " + file.getFilename());
                }
            }
        }
        assertThat(clashes).isEmpty();
    }
}
