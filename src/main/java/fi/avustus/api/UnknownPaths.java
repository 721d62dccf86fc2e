package fi.avustus.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Any request under /api that no operation takes. Without this the UI's servlet, which serves
 * every path nothing else does, would answer it with a page and a 200. A path that exists with
 * other methods is a 405, any other a 404.
 */
@Hidden
@RestController
class UnknownPaths {

    private static final String ANY_API_PATH = "/api/**";

    private final RequestMappingHandlerMapping operations;
    private final Problems problems;

    UnknownPaths(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping operations, Problems problems) {
        this.operations = operations;
        this.problems = problems;
    }

    @RequestMapping(ANY_API_PATH)
    ResponseEntity<Problem> unknown(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        boolean otherMethods = operations.getHandlerMethods().keySet().stream()
                .filter(operation -> operation.getPathPatternsCondition() != null)
                .flatMap(operation -> operation.getPathPatternsCondition().getPatterns().stream())
                .anyMatch(pattern -> !pattern.getPatternString().equals(ANY_API_PATH) && pattern.matches(path));
        return otherMethods ? problems.of(request, HttpStatus.METHOD_NOT_ALLOWED, "api.detail.methodNotAllowed", request.getMethod())
                : problems.of(request, HttpStatus.NOT_FOUND, "api.detail.noSuchPath");
    }
}
