package fi.avustus.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** A name in Finnish, Swedish and English; Finnish is required and is the fallback. */
@Embeddable
public class TranslatedName {

    @Column(name = "name_fi", nullable = false)
    private String fi;

    @Column(name = "name_sv")
    private String sv;

    @Column(name = "name_en")
    private String en;

    protected TranslatedName() {
    }

    public TranslatedName(String fi, String sv, String en) {
        this.fi = blankToNull(fi);
        this.sv = blankToNull(sv);
        this.en = blankToNull(en);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String fi() {
        return fi;
    }

    public String sv() {
        return sv;
    }

    public String en() {
        return en;
    }

    public String in(Locale locale) {
        String preferred = switch (locale == null ? "fi" : locale.getLanguage()) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        };
        return preferred != null ? preferred : fi;
    }

    @Override
    public String toString() {
        return fi + " | " + (sv == null ? "" : sv) + " | " + (en == null ? "" : en);
    }
}
