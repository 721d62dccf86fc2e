package fi.avustus.api;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The caller's language from the Accept-Language header, among the product's three (Finnish when
 * the header is missing or names none of them), and texts in it from the modules' translations.
 */
@Component
class ApiLanguage {

    static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final List<Locale> LANGUAGES = List.of(FINNISH, Locale.forLanguageTag("sv"), Locale.ENGLISH);

    private final I18NProvider translations;

    ApiLanguage(I18NProvider translations) {
        this.translations = translations;
    }

    Locale of(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return FINNISH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(header), LANGUAGES);
            return chosen == null ? FINNISH : chosen;
        } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
            // The JDK's parser refuses most malformed headers as the former, but a lone "-" as the latter.
            return FINNISH;
        }
    }

    String text(Locale language, String key, Object... arguments) {
        return translations.getTranslation(key, language, arguments);
    }
}
