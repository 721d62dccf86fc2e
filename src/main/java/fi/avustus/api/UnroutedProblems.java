package fi.avustus.api;

import fi.avustus.security.InvalidAccessTokenException;
import fi.avustus.shared.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Problems raised before any of the API's operations is chosen, so this advice cannot be limited
 * to the API's controllers: the security filter chain's refusals (no or wrong credentials, or a
 * bearer token that lets no one in, are a 401, a role that is not enough a 403), and under /api a
 * static resource that is not there (404), a method the path does not have (405) or a body of a
 * type it does not take (415). Outside /api the last three are left to the usual error page.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnroutedProblems {

    private final Problems problems;

    UnroutedProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ResponseEntity<Problem> unauthenticated(AuthenticationException exception, HttpServletRequest request) {
        if (exception instanceof InternalAuthenticationServiceException && DatabaseUnavailable.causes(exception)) {
            // The credentials could not be checked, which is not the same as wrong ones.
            return DatabaseOutage.problem(problems, request);
        }
        if (exception instanceof InvalidAccessTokenException) {
            // Which of unknown, expired, revoked or a disabled owner it was stays in the log.
            return unauthorized(request, "api.detail.invalidToken", "Bearer realm=\"Avustus\", error=\"invalid_token\"");
        }
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
    ResponseEntity<Problem> noSuchPath(NoResourceFoundException exception, HttpServletRequest request) throws Exception {
        return api(request, exception, HttpStatus.NOT_FOUND, "api.detail.noSuchPath");
    }

    @ExceptionHandler
    ResponseEntity<Problem> method(HttpRequestMethodNotSupportedException exception, HttpServletRequest request)
            throws Exception {
        return api(request, exception, HttpStatus.METHOD_NOT_ALLOWED, "api.detail.methodNotAllowed", exception.getMethod());
    }

    @ExceptionHandler
    ResponseEntity<Problem> unsupportedType(HttpMediaTypeNotSupportedException exception, HttpServletRequest request)
            throws Exception {
        return api(request, exception, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.detail.unsupportedMediaType");
    }

    /** The problem for a request under /api; anything else goes on to Spring's own handling, as if unseen. */
    private ResponseEntity<Problem> api(HttpServletRequest request, Exception exception, HttpStatus status, String code,
                                        Object... arguments) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw exception;
        }
        return problems.of(request, status, code, arguments);
    }

    private ResponseEntity<Problem> unauthorized(HttpServletRequest request) {
        return unauthorized(request, "api.detail.unauthorized", "Basic realm=\"Avustus\"");
    }

    private ResponseEntity<Problem> unauthorized(HttpServletRequest request, String code, String challenge) {
        ResponseEntity<Problem> problem = problems.of(request, HttpStatus.UNAUTHORIZED, code);
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).body(problem.getBody());
    }
}
