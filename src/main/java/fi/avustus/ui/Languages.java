package fi.avustus.ui;

import java.util.Locale;

/** The three languages of the product; anything else falls back to Finnish. */
public final class Languages {

    public static final Locale FINNISH = Locale.forLanguageTag("fi");

    private Languages() {
    }

    public static Locale of(Locale requested) {
        if (requested == null) {
            return FINNISH;
        }
        return LanguageSwitch.LANGUAGES.stream()
                .filter(locale -> locale.getLanguage().equals(requested.getLanguage()))
                .findFirst().orElse(FINNISH);
    }

    public static Locale of(String languageTag) {
        return of(languageTag == null ? null : Locale.forLanguageTag(languageTag));
    }
}
