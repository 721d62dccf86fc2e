package fi.avustus.approval;

import fi.avustus.shared.TranslatedName;
import java.util.Locale;

/** A steering group to choose on the approval screens. */
public record GroupChoice(long id, TranslatedName name) {

    public String name(Locale locale) {
        return name.in(locale);
    }
}
