package fi.avustus.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Users;
import java.util.List;
import java.util.Locale;

/** Chooses the UI language; a logged-in user's choice is remembered for their next login. */
@SpringComponent
@UIScope
public class LanguageSwitch extends Select<Locale> {

    public static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("fi"),
            Locale.forLanguageTag("sv"), Locale.forLanguageTag("en"));

    public LanguageSwitch(CurrentUser currentUser, Users users) {
        setId("language");
        setItems(LANGUAGES);
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        setAriaLabel(getTranslation("app.language"));
        setValue(Languages.of(VaadinSession.getCurrent().getLocale()));
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                currentUser.username().ifPresent(username -> users.changeLocale(username, change.getValue().getLanguage()));
                VaadinSession.getCurrent().setLocale(change.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
