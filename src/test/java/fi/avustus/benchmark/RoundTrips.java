package fi.avustus.benchmark;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Times on the server each request that a simulated user's browser sends, from the first servlet
 * filter (before Spring Security) until the response is written. The browser names the view it is
 * opening and the visit in two headers, so each request is counted for the view that caused it,
 * including the grid's data requests that follow the navigation.
 */
final class RoundTrips extends HttpFilter {

    static final String VIEW_HEADER = "X-Benchmark-View";
    static final String VISIT_HEADER = "X-Benchmark-Visit";

    /** What a request was, from its URL: Vaadin's own requests carry {@code v-r}. */
    enum Kind {
        /** A page load (HTML). */
        PAGE,
        /** Vaadin's first server round trip of a page, which creates its UI. */
        INIT,
        /** A client-to-server round trip: an event such as a navigation, or a grid asking for rows. */
        UIDL,
        HEARTBEAT,
        /** The login form's POST. */
        LOGIN,
        /** Scripts, styles, images, the service worker, Vaadin's other resources: no view's code runs. */
        STATIC
    }

    record Sample(String view, String visit, Kind kind, long startNanos, long nanos) {
    }

    private final Queue<Sample> samples = new ConcurrentLinkedQueue<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String view = request.getHeader(VIEW_HEADER);
        if (view == null) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            samples.add(new Sample(view, request.getHeader(VISIT_HEADER), kind(request), start, System.nanoTime() - start));
        }
    }

    /** The query string is read as text: asking for a parameter would read a form POST's body. */
    static Kind kind(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (query.contains("v-r=uidl")) {
            return Kind.UIDL;
        } else if (query.contains("v-r=heartbeat")) {
            return Kind.HEARTBEAT;
        } else if (query.contains("v-r=init")) {
            return Kind.INIT;
        } else if ("POST".equals(request.getMethod()) && path.equals("/login")) {
            return Kind.LOGIN;
        } else if (path.startsWith("/VAADIN/") || path.substring(path.lastIndexOf('/') + 1).contains(".")
                || query.contains("v-r=")) {
            return Kind.STATIC;
        }
        return Kind.PAGE;
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }

    void clear() {
        samples.clear();
    }
}
