package fi.avustus.workflow.internal;

import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Camunda web apps trust the Spring Security login instead of showing their own. */
@Configuration
class EngineWebAppsConfiguration {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> containerBasedAuthenticationFilter() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider",
                SpringSecurityEngineAuthentication.class.getName()));
        // After Spring Security's filter chain (order -100), which has set the security context.
        registration.setOrder(101);
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        return registration;
    }

}
