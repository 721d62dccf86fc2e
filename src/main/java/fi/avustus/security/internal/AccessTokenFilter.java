package fi.avustus.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the REST API (RFC 6750), beside HTTP basic in the same
 * filter chain. Only the paths it is given take a token: elsewhere in the chain (the engine's REST
 * API, the actuator) the header is left alone, so the request stays anonymous and is refused.
 * A token that lets no one in is answered at once by the entry point, never passed on.
 * Not a bean: as one, Spring Boot would also put it in front of every request.
 */
class AccessTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer";

    private final RequestMatcher paths;
    private final AccessTokenAuthenticator authenticator;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextRepository repository = new RequestAttributeSecurityContextRepository();

    AccessTokenFilter(RequestMatcher paths, AccessTokenAuthenticator authenticator, AuthenticationEntryPoint entryPoint) {
        this.paths = paths;
        this.authenticator = authenticator;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Asked on each request: the Vaadin integration replaces the strategy while the context starts.
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (!isBearer(header) || !paths.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        Authentication authentication;
        try {
            authentication = authenticator.authenticate(header.substring(SCHEME.length()).strip());
        } catch (AuthenticationException refused) {
            refuse(request, response, refused);
            return;
        } catch (RuntimeException unchecked) {
            // The token could not be checked at all (the database away, say), which is not a wrong token:
            // as Spring's own providers do, handed on so that the entry point can tell the two apart.
            refuse(request, response, new InternalAuthenticationServiceException("Bearer token not checked", unchecked));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        repository.saveContext(context, request, response);
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException, ServletException {
        SecurityContextHolder.getContextHolderStrategy().clearContext();
        logger.debug("Bearer token refused: " + refusal.getMessage());
        entryPoint.commence(request, response, refusal);
    }

    /** The scheme's name is case-insensitive (RFC 9110); "Bearer" alone is a bearer request without a token. */
    private static boolean isBearer(String header) {
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && (header.length() == SCHEME.length() || Character.isWhitespace(header.charAt(SCHEME.length())));
    }
}
