package fi.avustus.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Logs in through the login form as a browser would and returns the session cookie. */
public final class SessionLogin {

    private SessionLogin() {
    }

    public static String login(HttpClient http, int port, String username, String password) throws Exception {
        HttpResponse<Void> response = submit(http, port, username, password);
        if (!response.headers().firstValue("Location").orElse("").endsWith("/")) {
            throw new IllegalStateException("login failed for " + username + ": " + response.headers().map());
        }
        return sessionCookie(response);
    }

    public static HttpResponse<Void> submit(HttpClient http, int port, String username, String password) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        return submit(http, port, username, password, sessionCookie(page));
    }

    /** Submits the login form in the session of the given cookie, with extra headers as name, value pairs. */
    public static HttpResponse<Void> submit(HttpClient http, int port, String username, String password, String cookie,
                                            String... headers) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    public static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst().orElse("");
    }
}
