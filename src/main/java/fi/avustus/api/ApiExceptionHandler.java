package fi.avustus.api;

import fi.avustus.shared.DomainException;
import fi.avustus.shared.ValidationFailedException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error of the API's operations as a problem document: bad input is a 400 with the fields
 * that failed, never a 500; a case outside the caller's reach is a 404 like one that does not
 * exist; only a fault of the server is a 500, with its details in the log and not in the answer.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final String INVALID = "api.detail.invalid";

    private final Problems problems;
    private final UnroutedProblems refusals;

    ApiExceptionHandler(Problems problems, UnroutedProblems refusals) {
        this.problems = problems;
        this.refusals = refusals;
    }

    @ExceptionHandler
    ResponseEntity<Problem> validationFailed(ValidationFailedException exception, HttpServletRequest request) {
        List<Problem.FieldProblem> errors = exception.violations().stream().map(violation -> new Problem.FieldProblem(
                violation.field(), problems.text(request, violation.messageKey(), violation.arguments()))).toList();
        return problems.of(request, HttpStatus.BAD_REQUEST, INVALID, errors, errors.size());
    }

    @ExceptionHandler
    ResponseEntity<Problem> domain(DomainException exception, HttpServletRequest request) {
        boolean notFound = exception.messageKey().equals("notFound") || exception.messageKey().endsWith(".notFound");
        return problems.of(request, notFound ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT, exception.messageKey(),
                exception.arguments());
    }

    @ExceptionHandler
    ResponseEntity<Problem> notFound(NotFoundException exception, HttpServletRequest request) {
        return problems.of(request, HttpStatus.NOT_FOUND, "api.detail.notFound");
    }

    @ExceptionHandler
    ResponseEntity<Problem> accessDenied(AccessDeniedException exception, HttpServletRequest request) {
        return refusals.accessDenied(exception, request);
    }

    /** Query parameters bound to an object (the page and size) that failed a check or did not convert. */
    @ExceptionHandler
    ResponseEntity<Problem> bind(BindException exception, HttpServletRequest request) {
        List<Problem.FieldProblem> errors = exception.getFieldErrors().stream()
                .map(error -> new Problem.FieldProblem(error.getField(), message(error, request))).toList();
        return problems.of(request, HttpStatus.BAD_REQUEST, INVALID, errors, errors.size());
    }

    @ExceptionHandler
    ResponseEntity<Problem> methodValidation(HandlerMethodValidationException exception, HttpServletRequest request) {
        List<Problem.FieldProblem> errors = exception.getParameterValidationResults().stream()
                .map(result -> new Problem.FieldProblem(result.getMethodParameter().getParameterName(),
                        problems.text(request, "api.field.invalid"))).toList();
        return problems.of(request, HttpStatus.BAD_REQUEST, INVALID, errors, errors.size());
    }

    @ExceptionHandler
    ResponseEntity<Problem> typeMismatch(MethodArgumentTypeMismatchException exception, HttpServletRequest request) {
        return problems.of(request, HttpStatus.BAD_REQUEST, INVALID,
                List.of(new Problem.FieldProblem(exception.getName(), problems.text(request, "api.field.typeMismatch"))), 1);
    }

    @ExceptionHandler
    ResponseEntity<Problem> missing(MissingServletRequestParameterException exception, HttpServletRequest request) {
        return problems.of(request, HttpStatus.BAD_REQUEST, INVALID,
                List.of(new Problem.FieldProblem(exception.getParameterName(), problems.text(request, "validation.required"))), 1);
    }

    @ExceptionHandler
    ResponseEntity<Problem> unreadable(HttpMessageNotReadableException exception, HttpServletRequest request) {
        return problems.of(request, HttpStatus.BAD_REQUEST, "api.detail.unreadable");
    }

    /** The firewall checks parameters as they are read, so a hostile one is refused in the operation itself. */
    @ExceptionHandler
    ResponseEntity<Problem> rejected(RequestRejectedException exception, HttpServletRequest request) {
        log.debug("Request refused by the firewall: {}", exception.getMessage());
        return problems.of(request, HttpStatus.BAD_REQUEST, "api.detail.refused", HttpStatus.BAD_REQUEST.value());
    }

    @ExceptionHandler
    ResponseEntity<Problem> concurrent(OptimisticLockingFailureException exception, HttpServletRequest request) {
        return problems.of(request, HttpStatus.CONFLICT, "concurrentModification");
    }

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            JDBCConnectionException.class})
    ResponseEntity<Problem> databaseUnavailable(Exception exception, HttpServletRequest request) {
        log.warn("Database unavailable in {} {}: {}", request.getMethod(), request.getRequestURI(), exception.toString());
        return DatabaseOutage.problem(problems, request);
    }

    /** Any other refusal of the web layer that carries a client error's status (e.g. 406 for an Accept header it cannot serve). */
    @ExceptionHandler
    ResponseEntity<Problem> unexpected(Exception exception, HttpServletRequest request) {
        if (exception instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(refusal.getStatusCode().value());
            return problems.of(request, status, "api.detail.refused", status.value());
        }
        log.error("Unexpected error in {} {}", request.getMethod(), request.getRequestURI(), exception);
        return problems.of(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected");
    }

    /** The failed check in words: the bounds of page and size, or a value of the wrong type. */
    private String message(FieldError error, HttpServletRequest request) {
        Object[] arguments = error.getArguments();
        Object bound = arguments != null && arguments.length > 1 ? arguments[1] : "";
        String code = error.getCode() == null ? "" : error.getCode();
        return switch (code) {
            case "Min" -> problems.text(request, "api.field.min", bound);
            case "Max" -> problems.text(request, "api.field.max", bound);
            case "NotNull", "NotBlank" -> problems.text(request, "validation.required");
            case "typeMismatch" -> problems.text(request, "api.field.typeMismatch");
            default -> problems.text(request, "api.field.invalid");
        };
    }
}
