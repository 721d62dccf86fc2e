package fi.avustus.security.internal;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every response, per filter chain. All chains forbid framing
 * (frame-ancestors and X-Frame-Options for older browsers), content sniffing, cross-site
 * referrers and the browser features the application never uses. Strict-Transport-Security
 * keeps Spring Security's default: sent only on a secure request, i.e. behind the TLS proxy
 * (X-Forwarded-Proto: https), never on plain local http where it would lock a browser out.
 */
final class SecurityHeaders {

    /**
     * Vaadin Flow starts its client engine with an inline script and runs the JavaScript the
     * server sends (executeJs, event data) as constructed functions: hence 'unsafe-inline' and
     * 'unsafe-eval' for scripts, and inline styles for its components. Everything else comes
     * from this origin; images may be data: or blob: URLs (generated SVG charts, downloads).
     */
    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * JSON answers need no scripts at all; Swagger UI, served by the same chain, loads its
     * scripts from this origin and sets inline styles and data: images.
     */
    static final String API_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /**
     * For the answers of the Camunda chain that never reach the web apps (a redirect to the login,
     * a refusal). The pages and calls the web apps serve carry their own policy, with a per-request
     * script nonce (camunda.bpm.webapp.header-security): it is set before the response is committed,
     * when this header is written only if none is there yet, so Cockpit never gets two policies.
     */
    static final String CAMUNDA_FALLBACK_POLICY = "default-src 'none'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> withPolicy(String contentSecurityPolicy) {
        return headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy));
    }

    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
        return headers
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }
}
