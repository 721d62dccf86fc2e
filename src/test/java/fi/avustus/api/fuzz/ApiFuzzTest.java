package fi.avustus.api.fuzz;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.avustus.IntegrationContext;
import fi.avustus.IntegrationTest;
import fi.avustus.api.ApiFixtures;
import fi.avustus.security.AccessTokens;
import fi.avustus.shared.HostileInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every operation of the OpenAPI document, read at test time, called with hostile input: path ids,
 * documented and unknown query parameters, methods it does not take, bodies of any content type and
 * malformed JSON, odd Accept-Language headers; as the owner of the cases, another organisation's
 * applicant, staff, an administrator and anonymously. Whatever is sent, the answer is never a 5xx;
 * a refusal is a problem document (application/problem+json) with a translated detail; nothing under
 * /api answers as HTML, so a script string sent can never come back as markup. The API only reads,
 * so nothing can be stored by it; the form properties check the writing side. The counts go to
 * target/fuzz/api.txt for docs/RELIABILITY.md.
 */
@IntegrationTest
class ApiFuzzTest {

    static final int RANDOM_TRIES = 1200;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final List<String> CALLERS = List.of("hakija", "applicant", "virkailija", "paattaja", "ohjausryhma", "admin");
    private static final String ANONYMOUS = "anonymous";
    private static final List<String> OTHER_METHODS = List.of("POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    /** Requests sent and answers by status, for the figures; static, since jqwik makes an instance per property. */
    private static final Map<Integer, AtomicLong> STATUSES = new ConcurrentHashMap<>();
    private static Target target;

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    AccessTokens tokens;
    @LocalServerPort
    int port;

    /** What every property works on: the document's operations, the fixtures' cases, a token per caller. */
    record Target(int port, List<FuzzOperation> operations, Map<String, String> authorizations) {
    }

    @Property(tries = RANDOM_TRIES)
    void anyRequestIsAnsweredWithoutAServerErrorAndEveryRefusalIsATranslatedProblem(@ForAll("requests") FuzzRequest request) {
        check(request);
    }

    /**
     * Each payload of the corpus once in each parameter of each operation, the others valid, as an
     * administrator (who passes every role check, so the value reaches the operation itself).
     */
    @Property(tries = 10_000, generation = net.jqwik.api.GenerationMode.EXHAUSTIVE)
    void everyPayloadInEveryParameterIsAnsweredWithoutAServerError(@ForAll("sweep") FuzzRequest request) {
        check(request);
    }

    @AfterContainer
    static void writeFigures() throws IOException {
        Path file = Path.of("target", "fuzz", "api.txt");
        Files.createDirectories(file.getParent());
        long total = STATUSES.values().stream().mapToLong(AtomicLong::get).sum();
        String byStatus = new TreeMap<>(STATUSES).entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining(", "));
        Files.writeString(file, "operations: " + (target == null ? 0 : target.operations().size()) + "\nrequests: " + total
                + "\nstatuses: " + byStatus + "\n");
    }

    @Provide
    Arbitrary<FuzzRequest> requests() {
        Target fuzzed = target();
        return Arbitraries.of(fuzzed.operations()).flatMap(operation -> Combinators.combine(
                Arbitraries.of(fuzzed.authorizations().keySet()), pathValues(operation), query(operation), methodAndBody(),
                acceptLanguage(), accept()).as((caller, path, query, methodAndBody, language, accept) -> new FuzzRequest(operation,
                caller, methodAndBody.get1(), path, query, methodAndBody.get2(), methodAndBody.get3(), language, accept)));
    }

    @Provide
    Arbitrary<FuzzRequest> sweep() {
        List<FuzzRequest> requests = new ArrayList<>();
        for (FuzzOperation operation : target().operations()) {
            for (FuzzOperation.Parameter fuzzed : operation.parameters()) {
                for (String payload : HostileInput.shortPayloads()) {
                    Map<String, String> path = new LinkedHashMap<>();
                    List<Map.Entry<String, String>> query = new ArrayList<>();
                    for (FuzzOperation.Parameter parameter : operation.parameters()) {
                        String value = parameter == fuzzed ? payload : parameter.validValue();
                        if (parameter.inPath()) {
                            path.put(parameter.name(), value);
                        } else {
                            query.add(Map.entry(parameter.name(), value));
                        }
                    }
                    requests.add(new FuzzRequest(operation, "admin", operation.method(), path, query, null, null, null, null));
                }
            }
        }
        return Arbitraries.of(requests);
    }

    private Arbitrary<Map<String, String>> pathValues(FuzzOperation operation) {
        List<FuzzOperation.Parameter> variables = operation.parameters().stream().filter(FuzzOperation.Parameter::inPath).toList();
        if (variables.isEmpty()) {
            return Arbitraries.just(Map.of());
        }
        return Combinators.combine(variables.stream().map(variable -> Arbitraries.frequencyOf(
                        Tuple.of(2, Arbitraries.just(variable.validValue())), Tuple.of(3, HostileInput.shortText()),
                        Tuple.of(1, Arbitraries.longs().map(String::valueOf))))
                .toList()).as(values -> IntStream.range(0, variables.size()).boxed()
                .collect(Collectors.toMap(i -> variables.get(i).name(), values::get)));
    }

    /** Each documented query parameter absent, valid, hostile or repeated; sometimes an unknown one too. */
    private Arbitrary<List<Map.Entry<String, String>>> query(FuzzOperation operation) {
        List<Arbitrary<List<Map.Entry<String, String>>>> parts = new ArrayList<>();
        operation.parameters().stream().filter(parameter -> !parameter.inPath()).forEach(parameter -> parts.add(
                Arbitraries.frequencyOf(
                        Tuple.of(2, Arbitraries.just(List.<Map.Entry<String, String>>of())),
                        Tuple.of(1, Arbitraries.just(List.of(Map.entry(parameter.name(), parameter.validValue())))),
                        Tuple.of(3, HostileInput.shortText().map(value -> List.of(Map.entry(parameter.name(), value)))),
                        Tuple.of(1, HostileInput.shortText().list().ofMinSize(2).ofMaxSize(3).map(values -> values.stream()
                                .map(value -> Map.entry(parameter.name(), value)).toList())))));
        parts.add(Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(List.<Map.Entry<String, String>>of())),
                Tuple.of(1, Combinators.combine(HostileInput.shortText(), HostileInput.shortText())
                        .as((name, value) -> List.of(Map.entry(name.isEmpty() ? "x" : name, value))))));
        return Combinators.combine(parts).as(lists -> lists.stream().flatMap(List::stream).toList());
    }

    /** Mostly the documented GET; also GET with a body, other methods with bodies of any type, and the bare ones. */
    private Arbitrary<Tuple.Tuple3<String, String, String>> methodAndBody() {
        Arbitrary<String> body = Arbitraries.oneOf(Arbitraries.of(HostileInput.BODIES), HostileInput.text());
        Arbitrary<String> contentType = Arbitraries.of(HostileInput.CONTENT_TYPES);
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(Tuple.of("GET", (String) null, (String) null))),
                Tuple.of(1, Combinators.combine(contentType, body).as((type, content) -> Tuple.of("GET", type, content))),
                Tuple.of(3, Combinators.combine(Arbitraries.of(OTHER_METHODS), contentType, body)
                        .as((method, type, content) -> method.equals("HEAD") || method.equals("OPTIONS")
                                ? Tuple.of(method, (String) null, (String) null) : Tuple.of(method, type, content))));
    }

    /** Header values the HTTP client will send: printable ASCII only (a client refuses line breaks itself). */
    private Arbitrary<String> acceptLanguage() {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just((String) null)),
                Tuple.of(2, Arbitraries.of("fi", "sv", "en", "en-GB,en;q=0.9", "sv-FI;q=0.1, fi;q=0.5", "*", "de")),
                Tuple.of(3, HostileInput.shortText().map(ApiFuzzTest::printableAscii)));
    }

    /** What the caller says it takes: nothing, JSON, a page, an image, nonsense. */
    private Arbitrary<String> accept() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just((String) null)),
                Tuple.of(2, Arbitraries.of("application/json", "application/problem+json", "text/csv", "*/*", "text/html",
                        "application/xml", "image/png", "text/html;q=0.9, */*;q=0.1", "application/json;q=abc", "/", ";;;")),
                Tuple.of(1, HostileInput.shortText().map(ApiFuzzTest::printableAscii)));
    }

    private static String printableAscii(String text) {
        return text.chars().filter(c -> c >= 0x20 && c < 0x7F).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
    }

    private void check(FuzzRequest request) {
        Target fuzzed = target();
        HttpResponse<String> response = send(request.build(fuzzed.port(), fuzzed.authorizations().get(request.caller())));
        int status = response.statusCode();
        STATUSES.computeIfAbsent(status, any -> new AtomicLong()).incrementAndGet();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        assertThat(status).as("%s answered %s: %s", request, status, response.body()).isLessThan(500);
        assertThat(contentType).as("%s answered as a page", request).doesNotContain("html");
        if (status >= 400 && !request.method().equals("HEAD")) {
            assertThat(contentType).as("%s: %s %s", request, status, response.body()).startsWith("application/problem+json");
            JsonNode problem = json(response.body());
            assertThat(problem.path("status").asInt()).isEqualTo(status);
            assertThat(problem.path("title").asText()).as("%s: %s", request, response.body()).isNotBlank().doesNotStartWith("!");
            assertThat(problem.path("detail").asText()).as("%s: %s", request, response.body()).isNotBlank().doesNotStartWith("!");
            problem.path("errors").forEach(error -> assertThat(error.path("message").asText())
                    .as("%s: %s", request, response.body()).isNotBlank().doesNotStartWith("!"));
        }
        if (response.body().contains("<")) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as("%s", request).hasValue("nosniff");
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(body, e);
        }
    }

    /** The shared target, made once: jqwik makes a new instance of this class for each property. */
    private Target target() {
        synchronized (ApiFuzzTest.class) {
            if (target == null) {
                IntegrationContext.inject(this);
                Map<String, Long> ids = ApiFixtures.caseIds(context);
                JsonNode document = json(send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                        .build()).body());
                Map<String, String> authorizations = new LinkedHashMap<>();
                CALLERS.forEach(username -> authorizations.put(username, "Bearer " + token(username)));
                authorizations.put(ANONYMOUS, null);
                target = new Target(port, FuzzOperation.of(document, ids), authorizations);
            }
            return target;
        }
    }

    /** A personal access token per caller: checking a token is cheap, a password hash is slow on purpose. */
    private String token(String username) {
        actAs(users, username);
        try {
            return tokens.create("Fuzz " + System.nanoTime(), tokens.defaultExpiry()).secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
