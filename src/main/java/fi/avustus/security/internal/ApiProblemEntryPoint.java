package fi.avustus.security.internal;

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
 * enough) the way the API answers everything else: the exception goes to the web layer's
 * exception handlers, which write a problem document in the caller's language. A 401 still names
 * the basic realm, so that clients know how to log in.
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
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        resolve(request, response, exception, HttpServletResponse.SC_UNAUTHORIZED);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        resolve(request, response, exception, HttpServletResponse.SC_FORBIDDEN);
    }

    /** Without a handler for the exception the status alone still goes out, never a 200. */
    private void resolve(HttpServletRequest request, HttpServletResponse response, Exception exception, int status)
            throws IOException {
        if (resolver.resolveException(request, response, null, exception) == null) {
            response.sendError(status);
        }
    }
}
