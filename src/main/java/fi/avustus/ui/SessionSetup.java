package fi.avustus.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.UserSummary;

/**
 * Every session starts in Finnish; once a user has logged in, their remembered language applies.
 * Errors that escape a view are shown as a localised notification by {@link UserFacingErrorHandler}.
 */
@SpringComponent
class SessionSetup implements VaadinServiceInitListener {

    private static final String USER_LOCALE_APPLIED = SessionSetup.class.getName() + ".userLocale";

    private final CurrentUser currentUser;

    SessionSetup(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionInit -> {
            VaadinSession session = sessionInit.getSession();
            session.setLocale(Languages.FINNISH);
            session.setErrorHandler(new UserFacingErrorHandler());
        });
        event.getSource().addUIInitListener(uiInit -> {
            VaadinSession session = uiInit.getUI().getSession();
            if (session.getAttribute(USER_LOCALE_APPLIED) == null) {
                currentUser.user().map(UserSummary::locale).ifPresent(locale -> {
                    session.setLocale(Languages.of(locale));
                    session.setAttribute(USER_LOCALE_APPLIED, Boolean.TRUE);
                });
            }
            uiInit.getUI().setLocale(session.getLocale());
        });
    }
}
