package fi.avustus.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fi.avustus.ui.ModularTranslations;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the programme module shows exists in Finnish, Swedish and English, and parses. */
class ProgrammeTranslationsTest {

    private static final Pattern KEY = Pattern.compile("\"((?:programme|call|openCalls|menu)\\.[A-Za-z.]*[A-Za-z])\"");
    private static final Path SOURCES = Path.of("src/main/java/fi/avustus/programme");
    private static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    @Test
    void everyKeyTheModuleUsesIsTranslatedInEveryLanguage() throws Exception {
        Set<String> used = usedKeys();
        assertThat(used).hasSizeGreaterThan(50);
        for (String language : LANGUAGES) {
            Map<String, String> texts = ModularTranslations.load(language);
            assertThat(texts.keySet()).as(language).containsAll(used);
            used.forEach(key -> assertThat(texts.get(key)).as(language + " " + key).isNotBlank());
        }
    }

    @Test
    void everyPatternFormats() {
        for (String language : LANGUAGES) {
            ModularTranslations.load(language).forEach((key, pattern) -> {
                if (key.startsWith("programme.") || key.startsWith("call.") || key.startsWith("openCalls.")) {
                    assertThatCode(() -> new MessageFormat(pattern, Locale.forLanguageTag(language))
                            .format(new Object[] {2, 3})).as(language + " " + key).doesNotThrowAnyException();
                }
            });
        }
    }

    @Test
    void pluralsAgree() {
        String days = ModularTranslations.load("fi").get("openCalls.days");
        assertThat(new MessageFormat(days, Locale.forLanguageTag("fi")).format(new Object[] {1L})).isEqualTo("1 päivä");
        assertThat(new MessageFormat(days, Locale.forLanguageTag("fi")).format(new Object[] {12L})).isEqualTo("12 päivää");
    }

    private static Set<String> usedKeys() throws Exception {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        // Field labels are built from the form's property names, status badges from the enum.
        keys.addAll(labels("programme", ProgrammeForm.class));
        keys.addAll(labels("call", CallForm.class));
        Arrays.stream(CallStatus.values()).forEach(status -> keys.add("call.status." + status));
        return keys;
    }

    private static Set<String> labels(String prefix, Class<?> form) throws Exception {
        Set<String> keys = new TreeSet<>();
        for (PropertyDescriptor property : Introspector.getBeanInfo(form, Object.class).getPropertyDescriptors()) {
            if (!"version".equals(property.getName())) {
                keys.add(prefix + "." + property.getName());
            }
        }
        return keys;
    }
}
