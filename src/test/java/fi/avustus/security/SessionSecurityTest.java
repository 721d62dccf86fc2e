package fi.avustus.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import jakarta.servlet.SessionTrackingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/**
 * The browser session of the screens and the Camunda web apps: a new id at login, the old one
 * worth nothing, a limited lifetime, carried by the cookie only. A call of the Camunda web apps,
 * which only administrators may make, tells an administrator's session from an anonymous one: 200
 * against a redirect to the login.
 */
@IntegrationTest
class SessionSecurityTest {

    private static final String PASSWORD = "avustus2026";
    private static final String ADMIN_ONLY_PAGE = "/camunda/api/engine/engine/";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext webServer;

    @Test
    void loginGivesANewSessionIdAndTheIdBeforeItOpensNothing() throws Exception {
        String before = SessionLogin.sessionCookie(get("/login", ""));
        assertThat(before).startsWith("JSESSIONID=");

        HttpResponse<Void> login = SessionLogin.submit(http, port, "admin", PASSWORD, before);
        String after = SessionLogin.sessionCookie(login);

        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));
        assertThat(after).as("session id after login").startsWith("JSESSIONID=").isNotEqualTo(before);
        assertThat(get(ADMIN_ONLY_PAGE, after).statusCode()).as("the new session is the administrator's").isEqualTo(200);
        assertLoginRequired(get(ADMIN_ONLY_PAGE, before));
    }

    /** What a browserless test cannot show (RouteAccessTest): the server itself sends an anonymous visitor to the login. */
    @Test
    void anAnonymousVisitToTheHomePageIsSentToTheLogin() throws Exception {
        assertLoginRequired(get("/", ""));
    }

    @Test
    void aScreenSessionDoesNotOpenTheEngineRestApi() throws Exception {
        // The engine's REST API has no CSRF protection: it must take credentials, never the browser's cookie.
        String session = SessionLogin.login(http, port, "admin", PASSWORD);
        HttpResponse<String> response = get("/engine-rest/engine", session);
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void sessionsExpireAfterAnHourIdleAndTravelOnlyInTheCookie() {
        Context context = (Context) ((TomcatWebServer) webServer.getWebServer()).getTomcat().getHost().findChildren()[0];
        assertThat(context.getSessionTimeout()).as("minutes").isEqualTo(60);
        assertThat(context.getServletContext().getEffectiveSessionTrackingModes()).containsExactly(SessionTrackingMode.COOKIE);
    }

    @Test
    void theSessionCookieAfterLoginIsHttpOnlySameSiteAndSecureBehindTls() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<Void> login = SessionLogin.submit(http, port, "admin", PASSWORD, SessionLogin.sessionCookie(page),
                "X-Forwarded-Proto", "https");
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Secure");
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static void assertLoginRequired(HttpResponse<?> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }
}
