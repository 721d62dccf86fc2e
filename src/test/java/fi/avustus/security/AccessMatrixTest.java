package fi.avustus.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every HTTP endpoint outside the Vaadin UI, for anonymous users and a user of each role:
 * the engine REST API, the Camunda web apps, the actuator and a sample of the REST API (its every
 * operation and role: {@code ApiContractTest}). (Vaadin routes: {@code RouteAccessTest}.)
 */
@IntegrationTest
class AccessMatrixTest {

    private static final String PASSWORD = "avustus2026";
    private static final Map<String, String> USER_OF_ROLE = Map.of(
            "APPLICANT", "hakija", "OFFICIAL", "virkailija", "DECISION_MAKER", "paattaja",
            "STEERING_GROUP", "ohjausryhma", "ADMIN", "admin");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    static List<Arguments> endpoints() {
        return List.of(
                Arguments.of("/engine-rest/engine", "ADMIN"),
                Arguments.of("/engine-rest/task", "ADMIN"),
                Arguments.of("/engine-rest/user", "ADMIN"),
                Arguments.of("/engine-rest/process-definition", "ADMIN"),
                Arguments.of("/actuator/prometheus", "ADMIN"),
                Arguments.of("/actuator/metrics", "ADMIN"),
                Arguments.of("/actuator/health", "*"),
                Arguments.of("/actuator/health/liveness", "*"),
                Arguments.of("/actuator/health/readiness", "*"),
                Arguments.of("/api/v1/open-calls", "*"),
                Arguments.of("/api/v1/admin/consistency", "ADMIN"),
                Arguments.of("/v3/api-docs", "*"));
    }

    @ParameterizedTest(name = "{0} allowed for {1}")
    @MethodSource("endpoints")
    void restEndpointsAnswerOnlyTheAllowedRoles(String path, String allowed) throws Exception {
        assertThat(get(path, null).statusCode()).as("anonymous").isEqualTo("*".equals(allowed) ? 200 : 401);
        for (Map.Entry<String, String> role : USER_OF_ROLE.entrySet()) {
            boolean permitted = "*".equals(allowed) || role.getKey().equals(allowed);
            assertThat(get(path, role.getValue()).statusCode()).as(role.getKey()).isEqualTo(permitted ? 200 : 403);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("camundaWebApps")
    void camundaWebAppsAreForAdministratorsOnly(String path) throws Exception {
        HttpResponse<String> anonymous = get(path, null);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        for (Map.Entry<String, String> role : USER_OF_ROLE.entrySet()) {
            int status = getWithSession(path, role.getValue()).statusCode();
            if ("ADMIN".equals(role.getKey())) {
                assertThat(status).as("ADMIN").isEqualTo(200);
            } else {
                assertThat(status).as(role.getKey()).isEqualTo(403);
            }
        }
    }

    static List<String> camundaWebApps() {
        return List.of("/camunda/app/cockpit/default/", "/camunda/app/tasklist/default/", "/camunda/app/admin/default/",
                "/camunda/api/engine/engine/");
    }

    private HttpResponse<String> get(String path, String username) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The web apps use the session of the Avustus login; HTTP basic is the REST API's way in only. */
    private HttpResponse<String> getWithSession(String path, String username) throws Exception {
        String cookie = SessionLogin.login(http, port, username, PASSWORD);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
