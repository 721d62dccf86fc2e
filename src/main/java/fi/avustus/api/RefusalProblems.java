package fi.avustus.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The refusals that reach the web layer from the security filter chain, with no operation behind
 * them (so this advice is not limited to the API's controllers): no or wrong credentials are a
 * 401, a role that is not enough a 403. An unknown path under /api is a 404 problem too; any other
 * unknown path is left to the usual error page.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RefusalProblems {

    private final Problems problems;

    RefusalProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ResponseEntity<Problem> unauthenticated(AuthenticationException exception, HttpServletRequest request) {
        return unauthorized(request);
    }

    @ExceptionHandler
    ResponseEntity<Problem> accessDenied(AccessDeniedException exception, HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return unauthorized(request);
        }
        return problems.of(request, HttpStatus.FORBIDDEN, "api.detail.forbidden");
    }

    @ExceptionHandler
    ResponseEntity<Problem> noSuchPath(NoResourceFoundException exception, HttpServletRequest request)
            throws NoResourceFoundException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw exception;
        }
        return problems.of(request, HttpStatus.NOT_FOUND, "api.detail.noSuchPath");
    }

    private ResponseEntity<Problem> unauthorized(HttpServletRequest request) {
        ResponseEntity<Problem> problem = problems.of(request, HttpStatus.UNAUTHORIZED, "api.detail.unauthorized");
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Avustus\"").body(problem.getBody());
    }
}
