package fi.avustus.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fi.avustus.shared.DomainException;

/** Localised text for domain errors. */
public final class Messages {

    private Messages() {
    }

    public static String of(Component component, DomainException exception) {
        return component.getTranslation(exception.messageKey(), exception.arguments());
    }

    public static String of(UI ui, DomainException exception) {
        return ui.getTranslation(exception.messageKey(), exception.arguments());
    }
}
