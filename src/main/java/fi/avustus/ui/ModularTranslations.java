package fi.avustus.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Translations for fi, sv and en, merged from one file per module and language
 * ({@code i18n/<module>_<lang>.properties}, UTF-8), so that each module owns its texts.
 * A missing key shows as {@code !key} rather than failing; a test keeps the three complete.
 */
@Component
public class ModularTranslations implements I18NProvider {

    public static final String LOCATION = "classpath*:i18n/*_%s.properties";

    private final Map<String, Map<String, String>> byLanguage = new HashMap<>();

    public ModularTranslations() {
        for (Locale locale : LanguageSwitch.LANGUAGES) {
            byLanguage.put(locale.getLanguage(), load(locale.getLanguage()));
        }
    }

    /** All texts of one language, by key; read from every module's file. */
    public static Map<String, String> load(String language) {
        Map<String, String> texts = new HashMap<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION.formatted(language));
            for (Resource file : files) {
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.forEach((key, value) -> texts.put((String) key, (String) value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LanguageSwitch.LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = Languages.of(locale);
        String pattern = byLanguage.get(language.getLanguage()).get(key);
        if (pattern == null) {
            return "!" + key;
        }
        return params == null || params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
    }
}
