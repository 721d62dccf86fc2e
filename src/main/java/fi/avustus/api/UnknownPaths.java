package fi.avustus.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Any request under /api that no operation takes. Without this the UI's servlet, which serves
 * every path nothing else does, would answer it with a page and a 200. A path that exists with
 * this method was refused for the media types the Accept header asks for, a 406; with other
 * methods only, a 405; any other path is a 404.
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
        List<RequestMappingInfo> samePath = operations.getHandlerMethods().keySet().stream()
                .filter(operation -> operation.getPathPatternsCondition() != null && operation.getPathPatternsCondition()
                        .getPatterns().stream()
                        .anyMatch(pattern -> !pattern.getPatternString().equals(ANY_API_PATH) && pattern.matches(path)))
                .toList();
        if (samePath.isEmpty()) {
            return problems.of(request, HttpStatus.NOT_FOUND, "api.detail.noSuchPath");
        }
        boolean sameMethod = samePath.stream().map(operation -> operation.getMethodsCondition().getMethods())
                .anyMatch(methods -> methods.isEmpty() || methods.stream().anyMatch(method -> method.name().equals(request.getMethod())));
        return sameMethod ? problems.of(request, HttpStatus.NOT_ACCEPTABLE, "api.detail.refused", HttpStatus.NOT_ACCEPTABLE.value())
                : problems.of(request, HttpStatus.METHOD_NOT_ALLOWED, "api.detail.methodNotAllowed", request.getMethod());
    }
}
