package fi.avustus.approval.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fi.avustus.shared.Time;
import fi.avustus.ui.Languages;
import java.time.Instant;

/** Times and enum names as the approval screens show them. */
final class Texts {

    private Texts() {
    }

    /** In the UI's language; components are often not attached yet when they format their texts. */
    static String time(Instant instant) {
        UI ui = UI.getCurrent();
        return instant == null ? "" : Time.format(instant.atZone(Time.HELSINKI), ui == null ? Languages.FINNISH : ui.getLocale());
    }

    /** The translation of an enum constant under a prefix, e.g. approval.choice.APPROVE. */
    static String of(Component component, String prefix, Enum<?> value) {
        return value == null ? "" : component.getTranslation(prefix + "." + value.name());
    }
}
