package fi.avustus.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Camunda web apps, which take the session of the Avustus login, for anonymous users and a
 * user of each role. (Every other HTTP endpoint: {@code ApiAccessMatrixTest}; Vaadin routes:
 * {@code RouteAccessTest}.)
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("camundaWebApps")
    void camundaWebAppsAreForAdministratorsOnly(String path) throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
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

    /** The web apps use the session of the Avustus login; HTTP basic is the REST API's way in only. */
    private HttpResponse<String> getWithSession(String path, String username) throws Exception {
        String cookie = SessionLogin.login(http, port, username, PASSWORD);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
