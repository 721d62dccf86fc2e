package fi.avustus.api.fuzz;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request of the fuzzer: an operation's path with its variables, query parameters (documented
 * ones and strangers), a method, maybe a body of some content type, and the caller's headers.
 *
 * @param caller    a key of the callers' Authorization headers; null for an anonymous call
 * @param query     name and value pairs, in order, repeats allowed
 * @param body      null for none
 */
record FuzzRequest(FuzzOperation operation, String caller, String method, Map<String, String> pathValues,
                   List<Map.Entry<String, String>> query, String contentType, String body, String acceptLanguage,
                   String accept) {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final int SHOWN_MAX = 300;

    String path() {
        Matcher variable = PATH_VARIABLE.matcher(operation.template());
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(path, Matcher.quoteReplacement(encode(pathValues.get(variable.group(1)))));
        }
        variable.appendTail(path);
        if (!query.isEmpty()) {
            path.append('?');
            for (int i = 0; i < query.size(); i++) {
                path.append(i == 0 ? "" : "&").append(encode(query.get(i).getKey())).append('=')
                        .append(encode(query.get(i).getValue()));
            }
        }
        return path.toString();
    }

    HttpRequest build(int port, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path()))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return request.build();
    }

    /** Percent-encoding as a browser does it; what cannot be encoded (a lone surrogate) becomes '?', as it would there. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        String shownBody = body == null ? "" : " body(" + body.length() + ")=" + shorten(body);
        return method + " " + shorten(path()) + " as " + caller + " [" + contentType + "] lang=" + acceptLanguage + " accept=" + accept + shownBody;
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN_MAX ? text : text.substring(0, SHOWN_MAX) + "…";
    }
}
