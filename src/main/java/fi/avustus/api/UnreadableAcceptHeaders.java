package fi.avustus.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring's media type parser fails on some malformed Accept headers, such as a quote that never
 * closes ({@code "a/b}), with an index error instead of its "invalid media type". Every request
 * through the dispatcher passes the actuator's handler mapping, which reads the header, so the API
 * answered 500 even to anonymous callers. Such a header is refused under /api as any Accept header
 * the API cannot serve (406), and disregarded elsewhere, as HTTP allows: no browser sends one.
 */
@Configuration(proxyBeanMethods = false)
class UnreadableAcceptHeaders {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> unreadableAcceptHeadersAreRefusedOrDisregarded(ServerRefusals refusals) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (readable(request)) {
                    chain.doFilter(request, response);
                } else if (request.getDispatcherType() == DispatcherType.ERROR
                        || !refusals.write(request, response, HttpStatus.NOT_ACCEPTABLE)) {
                    chain.doFilter(new WithoutAcceptHeader(request), response);
                }
            }

            @Override
            protected boolean shouldNotFilterErrorDispatch() {
                return false;
            }
        });
        // Before Spring Security, whose entry points read the header too.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /** Whether Spring reads the header, or refuses it as an invalid media type in its own way. */
    private static boolean readable(HttpServletRequest request) {
        Enumeration<String> headers = request.getHeaders(HttpHeaders.ACCEPT);
        if (headers == null || !headers.hasMoreElements()) {
            return true;
        }
        try {
            MediaType.parseMediaTypes(Collections.list(headers));
            return true;
        } catch (InvalidMediaTypeException refusedAsSpringDoes) {
            return true;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private static final class WithoutAcceptHeader extends HttpServletRequestWrapper {

        WithoutAcceptHeader(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !HttpHeaders.ACCEPT.equalsIgnoreCase(name)).toList());
        }
    }
}
