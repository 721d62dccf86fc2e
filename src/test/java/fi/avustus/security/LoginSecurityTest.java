package fi.avustus.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Login through the real form: session cookie flags, and lockout after repeated failures. */
@IntegrationTest
class LoginSecurityTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteAndSecureBehindHttps() throws Exception {
        String plain = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(plain).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        String proxied = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(proxied).contains("HttpOnly").contains("SameSite=Lax").contains("Secure");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        String username = "sokande";
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(location(SessionLogin.submit(http, port, username, "wrong-" + attempt))).endsWith("/login?error");
        }
        assertThat(location(SessionLogin.submit(http, port, username, "avustus2026")))
                .as("locked for a while after five failures").endsWith("/login?error");
        assertThat(location(SessionLogin.submit(http, port, "applicant", "avustus2026"))).as("other users unaffected")
                .doesNotContain("error");
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
