package fi.avustus.security.internal;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fi.avustus.security.Roles;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three filter chains, most specific first: the Camunda web apps (reusing the Vaadin login's
 * session), the REST API and actuator (HTTP basic, or a personal access token on /api/v1; no
 * session), then the Vaadin UI.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    @Order(1)
    SecurityFilterChain camundaWebApps(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(withDefaults().matcher("/camunda/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Roles.ADMIN))
                // The Camunda web apps carry their own CSRF protection (X-XSRF-TOKEN).
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PATH)))
                .headers(SecurityHeaders.withPolicy(SecurityHeaders.CAMUNDA_FALLBACK_POLICY))
                .build();
    }

    /**
     * The REST API, the engine's REST API and the actuator: HTTP basic, no session; the REST API
     * also takes personal access tokens ({@code Authorization: Bearer}), the rest does not. The open calls
     * and the API's own documentation are public; the rest of /api/v1 needs a login, and the
     * facades behind it check roles and organisations as they do for the screens. The engine's API
     * and the actuator beyond health are for administrators.
     */
    @Bean
    @Order(2)
    SecurityFilterChain restApi(HttpSecurity http, ApiProblemEntryPoint problems, AccessTokenAuthenticator tokens)
            throws Exception {
        RequestMatcher api = new OrRequestMatcher(withDefaults().matcher("/api/**"),
                withDefaults().matcher("/v3/api-docs"), withDefaults().matcher("/v3/api-docs.yaml"),
                withDefaults().matcher("/v3/api-docs/**"));
        return http
                .addFilterBefore(new AccessTokenFilter(withDefaults().matcher("/api/v1/**"), tokens, problems),
                        BasicAuthenticationFilter.class)
                .securityMatcher(new OrRequestMatcher(withDefaults().matcher("/engine-rest/**"), api,
                        withDefaults().matcher("/swagger-ui.html"), withDefaults().matcher("/swagger-ui/**"),
                        withDefaults().matcher("/actuator/**")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(withDefaults().matcher("/actuator/health/**"),
                                withDefaults().matcher("/actuator/health"), withDefaults().matcher("/actuator/info"))
                        .permitAll()
                        .requestMatchers(withDefaults().matcher(HttpMethod.GET, "/api/v1/open-calls"),
                                withDefaults().matcher(HttpMethod.GET, "/api/v1/open-calls/*"),
                                withDefaults().matcher(HttpMethod.GET, "/v3/api-docs"),
                                withDefaults().matcher(HttpMethod.GET, "/v3/api-docs.yaml"),
                                withDefaults().matcher(HttpMethod.GET, "/v3/api-docs/**"),
                                withDefaults().matcher(HttpMethod.GET, "/swagger-ui.html"),
                                withDefaults().matcher(HttpMethod.GET, "/swagger-ui/**"))
                        .permitAll()
                        .requestMatchers(withDefaults().matcher("/api/v1/**")).authenticated()
                        .anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(basic -> basic.realmName(ApiProblemEntryPoint.REALM)
                        .authenticationEntryPoint(entryPoint(api, problems)))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(problems, api)
                        .defaultAccessDeniedHandlerFor(problems, api))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityHeaders.withPolicy(SecurityHeaders.API_POLICY))
                // Stateless basic authentication sends no cookie, so there is no session to forge.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Wrong credentials: a problem document on the REST API, the plain basic challenge elsewhere. */
    private static AuthenticationEntryPoint entryPoint(RequestMatcher api, ApiProblemEntryPoint problems) {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName(ApiProblemEntryPoint.REALM);
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(
                new LinkedHashMap<>(Map.of(api, problems)));
        entryPoint.setDefaultEntryPoint(basic);
        return entryPoint;
    }

    @Bean
    @Order(3)
    SecurityFilterChain vaadinUi(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(withDefaults().matcher("/error"), withDefaults().matcher("/styles/**"),
                        withDefaults().matcher("/images/**"))
                .permitAll());
        http.headers(SecurityHeaders.withPolicy(SecurityHeaders.UI_POLICY));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH, "/")).build();
    }
}
