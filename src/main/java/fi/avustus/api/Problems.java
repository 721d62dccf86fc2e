package fi.avustus.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Writes problem documents: the kinds of problem, their titles and details in the caller's language. */
@Component
class Problems {

    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final String TYPE_PREFIX = "urn:avustus:problem:";

    private final ApiLanguage language;

    Problems(ApiLanguage language) {
        this.language = language;
    }

    /** The problem with a detail from a translation key, and the key as its code. */
    ResponseEntity<Problem> of(HttpServletRequest request, HttpStatus status, String code, Object... arguments) {
        return of(request, status, code, null, arguments);
    }

    ResponseEntity<Problem> of(HttpServletRequest request, HttpStatus status, String code, List<Problem.FieldProblem> errors,
                               Object... arguments) {
        Locale locale = language.of(request);
        Problem problem = new Problem(TYPE_PREFIX + kind(status), language.text(locale, "api.problem." + kind(status)),
                status.value(), language.text(locale, code, arguments), request.getRequestURI(), code,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
        return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(problem);
    }

    Locale locale(HttpServletRequest request) {
        return language.of(request);
    }

    String text(HttpServletRequest request, String key, Object... arguments) {
        return language.text(language.of(request), key, arguments);
    }

    private static String kind(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "bad-request";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case CONFLICT -> "conflict";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case SERVICE_UNAVAILABLE -> "service-unavailable";
            default -> status.is4xxClientError() ? "bad-request" : "server-error";
        };
    }
}
