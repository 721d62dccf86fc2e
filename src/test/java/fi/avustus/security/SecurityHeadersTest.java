package fi.avustus.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The security headers on answers of every kind: the screens, the REST API and its documentation,
 * the engine's REST API, the actuator and the Camunda web apps, for people let in and people
 * turned away. HSTS only where the request came over TLS (through the proxy).
 */
@IntegrationTest
class SecurityHeadersTest {

    private static final String PASSWORD = "avustus2026";

    /** How a request is made: anonymously, with HTTP basic as admin, or in admin's login session. */
    enum As { ANONYMOUS, ADMIN_BASIC, ADMIN_SESSION, APPLICANT_SESSION }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    static List<Arguments> answers() {
        return List.of(
                Arguments.of("/login", As.ANONYMOUS, 200),
                Arguments.of("/", As.ADMIN_SESSION, 200),
                Arguments.of("/funding", As.ADMIN_SESSION, 200),
                Arguments.of("/api/v1/open-calls", As.ANONYMOUS, 200),
                Arguments.of("/api/v1/applications", As.ANONYMOUS, 401),
                Arguments.of("/v3/api-docs", As.ANONYMOUS, 200),
                Arguments.of("/swagger-ui/index.html", As.ANONYMOUS, 200),
                Arguments.of("/actuator/health", As.ANONYMOUS, 200),
                Arguments.of("/actuator/prometheus", As.ANONYMOUS, 401),
                Arguments.of("/engine-rest/engine", As.ADMIN_BASIC, 200),
                Arguments.of("/engine-rest/engine", As.ANONYMOUS, 401),
                Arguments.of("/camunda/app/cockpit/default/", As.ADMIN_SESSION, 200),
                Arguments.of("/camunda/app/cockpit/default/", As.APPLICANT_SESSION, 403),
                Arguments.of("/camunda/app/cockpit/default/", As.ANONYMOUS, 302),
                Arguments.of("/camunda/api/engine/engine/", As.ADMIN_SESSION, 200));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("answers")
    void everyAnswerCarriesTheSecurityHeaders(String path, As as, int status) throws Exception {
        HttpResponse<String> plain = send(path, as, false);
        assertThat(plain.statusCode()).as("status, Location: " + plain.headers().firstValue("Location").orElse(""))
                .isEqualTo(status);
        SoftAssertions softly = new SoftAssertions();
        HttpHeaders headers = plain.headers();
        softly.assertThat(headers.allValues("Content-Security-Policy")).as("one policy, framing forbidden")
                .hasSize(1).allSatisfy(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
        softly.assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
        softly.assertThat(headers.allValues("X-Content-Type-Options")).containsExactly("nosniff");
        softly.assertThat(headers.allValues("Referrer-Policy")).containsExactly("strict-origin-when-cross-origin");
        softly.assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("camera=()", "geolocation=()"));
        softly.assertThat(headers.firstValue("Strict-Transport-Security")).as("no HSTS over plain http").isEmpty();

        HttpResponse<String> overTls = send(path, as, true);
        softly.assertThat(overTls.headers().firstValue("Strict-Transport-Security")).as("HSTS behind the TLS proxy")
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
        softly.assertAll();
    }

    @Test
    void cockpitKeepsCamundasOwnPolicyWithItsScriptNonce() throws Exception {
        List<String> policies = send("/camunda/app/cockpit/default/", As.ADMIN_SESSION, false).headers()
                .allValues("Content-Security-Policy");
        assertThat(policies).hasSize(1);
        assertThat(policies.get(0)).contains("'nonce-", "'strict-dynamic'", "frame-ancestors 'none'");
    }

    private HttpResponse<String> send(String path, As as, boolean overTls) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (overTls) {
            request.header("X-Forwarded-Proto", "https");
        }
        switch (as) {
            case ADMIN_BASIC -> request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            case ADMIN_SESSION -> request.header("Cookie", SessionLogin.login(http, port, "admin", PASSWORD));
            case APPLICANT_SESSION -> request.header("Cookie", SessionLogin.login(http, port, "hakija", PASSWORD));
            case ANONYMOUS -> { }
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
