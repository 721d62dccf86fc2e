package fi.avustus.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Calls the running application's API as a user (HTTP basic with the demo password, or another
 * Authorization header such as a bearer token) or anonymously.
 */
final class ApiClient {

    static final String PASSWORD = "avustus2026";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    ApiClient(int port) {
        this.port = port;
    }

    /** @param username null for an anonymous call */
    HttpResponse<String> get(String path, String username) {
        return get(path, username, PASSWORD, null);
    }

    HttpResponse<String> get(String path, String username, String password, String language) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)), username, password, language);
    }

    /** A call that asks for these media types (the Accept header). */
    HttpResponse<String> getAccepting(String path, String username, String accept) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept),
                username, PASSWORD, null);
    }

    /** A call with this Authorization header as it is, e.g. a bearer token. */
    HttpResponse<String> getAuthorized(String path, String authorization, String language) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", authorization),
                null, null, language);
    }

    /** A request with a JSON body, e.g. to a path that takes no such method. */
    HttpResponse<String> send(String method, String path, String username, String body) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)), username, PASSWORD, null);
    }

    /**
     * A request with any method and this Authorization header as it is (null: anonymous); methods
     * that take a body send an empty JSON object.
     */
    HttpResponse<String> sendAuthorized(String method, String path, String authorization) {
        boolean withBody = Set.of("POST", "PUT", "PATCH").contains(method);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, withBody ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        if (withBody) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request, null, null, null);
    }

    static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String username, String password, String language) {
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
