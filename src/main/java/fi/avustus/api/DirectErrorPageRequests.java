package fi.avustus.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Spring Boot's error page (/error) is where the server forwards a request that failed. Asked for
 * directly it has no error to report and calls itself a 500, which a scanner or a monitor reads as
 * a fault of the server; a direct request is answered as the page it is not, a 404.
 */
@Configuration(proxyBeanMethods = false)
class DirectErrorPageRequests {

    @Bean
    FilterRegistrationBean<Filter> directErrorPageRequestsAreNotFound() {
        Filter notFound = (request, response, chain) -> ((HttpServletResponse) response).sendError(HttpStatus.NOT_FOUND.value());
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(notFound);
        registration.addUrlPatterns("/error");
        // Only the request itself: the server's own forward to the page (dispatcher type ERROR) passes.
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
