package fi.avustus.benchmark;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The HTTP sessions alive in the server, to count them, count their Vaadin UIs and end them all. */
final class LiveSessions implements HttpSessionListener {

    private final Set<HttpSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }

    int count() {
        return sessions.size();
    }

    /** The Vaadin UIs the sessions hold: one per open browser tab, plus any not yet closed. */
    int uis() {
        int uis = 0;
        for (HttpSession session : List.copyOf(sessions)) {
            for (VaadinSession vaadin : vaadinSessions(session)) {
                vaadin.lock();
                try {
                    uis += vaadin.getUIs().size();
                } finally {
                    vaadin.unlock();
                }
            }
        }
        return uis;
    }

    /** Ends every session, as a timeout would: Vaadin closes their UIs and lets go of them. */
    void invalidateAll() {
        for (HttpSession session : List.copyOf(sessions)) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                sessions.remove(session);
            }
        }
    }

    private static Collection<VaadinSession> vaadinSessions(HttpSession session) {
        try {
            return VaadinSession.getAllSessions(session);
        } catch (IllegalStateException ended) {
            return List.of();
        }
    }
}
