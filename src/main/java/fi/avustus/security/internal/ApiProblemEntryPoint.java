package fi.avustus.security.internal;

import fi.avustus.security.InvalidAccessTokenException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers the REST API's refusals in the filter chain (no or wrong credentials, a role that is not
 * enough, a bearer token that lets no one in) the way the API answers everything else: the
 * exception goes to the web layer's exception handlers, which write a problem document in the
 * caller's language. A 401 still names the basic realm, or the bearer scheme for a token, so that
 * clients know how to log in.
 */
@Component
class ApiProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Avustus";

    private final HandlerExceptionResolver resolver;

    ApiProblemEntryPoint(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        // The problem's handler names the scheme itself; a second, equal challenge would only repeat it.
        if (resolver.resolveException(request, response, null, exception) == null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge(exception));
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        resolve(request, response, exception, HttpServletResponse.SC_FORBIDDEN);
    }

    /** A rejected bearer token is answered in its own scheme (RFC 6750), anything else with the basic realm. */
    static String challenge(AuthenticationException exception) {
        return exception instanceof InvalidAccessTokenException
                ? "Bearer realm=\"" + REALM + "\", error=\"invalid_token\""
                : "Basic realm=\"" + REALM + "\"";
    }

    /** Without a handler for the exception the status alone still goes out, never a 200. */
    private void resolve(HttpServletRequest request, HttpServletResponse response, Exception exception, int status)
            throws IOException {
        if (resolver.resolveException(request, response, null, exception) == null) {
            response.sendError(status);
        }
    }
}
