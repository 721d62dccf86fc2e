package fi.avustus.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import fi.avustus.shared.DatabaseUnavailable;
import fi.avustus.shared.DomainException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Turns anything a view did not handle into a clear, localised message; never a stack trace. */
class UserFacingErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UserFacingErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside a UI", error);
            return;
        }
        ui.access(() -> Notifications.error(messageFor(ui, error)));
    }

    static String messageFor(UI ui, Throwable error) {
        if (DatabaseUnavailable.causes(error)) {
            return ui.getTranslation("error.databaseUnavailable");
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return Messages.of(ui, domain);
            }
            if (cause instanceof AccessDeniedException) {
                return ui.getTranslation("error.accessDenied");
            }
            // The engine's own optimistic-locking failure, from a step that did not wait for its turn.
            if (cause instanceof OptimisticLockingFailureException || cause instanceof OptimisticLockingException) {
                return ui.getTranslation("concurrentModification");
            }
        }
        log.error("Unexpected error in the UI", error);
        return ui.getTranslation("error.unexpected");
    }
}
