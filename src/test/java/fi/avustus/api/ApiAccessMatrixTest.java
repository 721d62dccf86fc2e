package fi.avustus.api;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.api.ApiAccess.Caller;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.security.AccessMatrixDoc;
import fi.avustus.security.AccessTokens;
import fi.avustus.security.CaseOwnership;
import fi.avustus.security.CaseOwnership.Kind;
import io.swagger.v3.oas.annotations.Operation;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every HTTP endpoint the application maps (read from Spring MVC's handler mappings, the
 * actuator's included, plus the engine's REST API), for anonymous callers, each role and an
 * applicant of another organisation, over real HTTP: the expected status comes from
 * {@link ApiAccess} for the documented API and from the table here for the rest, and an endpoint
 * in neither fails the test by name. Methods an endpoint does not take are refused. Every path
 * with a case id is then called with guessed ids: never another organisation's case.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAccessMatrixTest {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<Integer> REFUSALS = Set.of(401, 403, 404, 405);
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    /** Endpoints outside the documented API, by method and pattern: the path to call and who gets what. */
    private static final Map<String, Outside> OUTSIDE_THE_API = Map.ofEntries(
            Map.entry("* /api/**", new Outside("/api/v1/no-such-path", ApiAccess.LOGGED_IN, 404)),
            Map.entry("GET /v3/api-docs", new Outside("/v3/api-docs", ApiAccess.EVERYONE, 200)),
            Map.entry("GET /v3/api-docs.yaml", new Outside("/v3/api-docs.yaml", ApiAccess.EVERYONE, 200)),
            Map.entry("GET /v3/api-docs/swagger-config", new Outside("/v3/api-docs/swagger-config", ApiAccess.EVERYONE, 200)),
            Map.entry("GET /swagger-ui.html", new Outside("/swagger-ui.html", ApiAccess.EVERYONE, 302)),
            // Spring Boot's error page is for the server's forwards; reached directly, it is not found.
            Map.entry("* /error", new Outside("/error", ApiAccess.EVERYONE, 404)),
            Map.entry("GET /actuator", new Outside("/actuator", ApiAccess.ADMINS, 200)),
            Map.entry("GET /actuator/health", new Outside("/actuator/health", ApiAccess.EVERYONE, 200)),
            Map.entry("GET /actuator/health/**", new Outside("/actuator/health/liveness", ApiAccess.EVERYONE, 200)),
            Map.entry("GET /actuator/prometheus", new Outside("/actuator/prometheus", ApiAccess.ADMINS, 200)),
            Map.entry("GET /actuator/metrics", new Outside("/actuator/metrics", ApiAccess.ADMINS, 200)),
            Map.entry("GET /actuator/metrics/{requiredMetricName}",
                    new Outside("/actuator/metrics/jvm.memory.used", ApiAccess.ADMINS, 200)),
            Map.entry("GET /actuator/info", new Outside("/actuator/info", ApiAccess.EVERYONE, 200)));

    /** Roots of the engine's REST API (Jersey, not Spring MVC): one entry each, administrators only. */
    private static final Map<String, Outside> ENGINE_REST = Map.of(
            "GET /engine-rest/engine", new Outside("/engine-rest/engine", ApiAccess.ADMINS, 200),
            "GET /engine-rest/task", new Outside("/engine-rest/task", ApiAccess.ADMINS, 200),
            "GET /engine-rest/user", new Outside("/engine-rest/user", ApiAccess.ADMINS, 200),
            "GET /engine-rest/process-definition", new Outside("/engine-rest/process-definition", ApiAccess.ADMINS, 200));

    /** Path variables that name an organisation's case, and the kind of case. */
    private static final Map<String, Kind> CASE_VARIABLES = Map.of("applicationId", Kind.APPLICATION, "projectId", Kind.PROJECT);
    /** Path variables that name nothing of an organisation's, and why guessing them reveals nothing. */
    private static final Map<String, String> OTHER_VARIABLES = Map.of(
            "callId", "open calls are public",
            "programmeId", "funding use is for officials and administrators only, whatever the id",
            "requiredMetricName", "administrators only");
    private static final Set<Caller> GUESSERS = EnumSet.of(Caller.OWNER, Caller.OTHER_APPLICANT, Caller.STEERING_GROUP);

    /**
     * @param allowedStatus what the allowed callers get; the others get 401 when anonymous, 403 otherwise
     */
    record Outside(String path, Set<Caller> allowed, int allowedStatus) {

        int expected(Caller caller) {
            return allowed.contains(caller) ? allowedStatus : caller == Caller.ANONYMOUS ? 401 : 403;
        }
    }

    /** One method on one pattern; {@code operationId} for the documented API, otherwise null. */
    record Endpoint(String method, String pattern, String operationId) {

        String key() {
            return method + " " + pattern;
        }
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AccessTokens tokens;
    @LocalServerPort
    int port;

    private ApiClient api;
    private Map<String, Long> ids;
    private CaseOwnership ownership;
    private final Map<Caller, String> tokenOf = new EnumMap<>(Caller.class);

    @BeforeAll
    void casesAndTokens() {
        api = new ApiClient(port);
        ids = ApiCases.create(context).ids();
        ownership = new CaseOwnership(jdbc);
        for (Caller caller : ApiAccess.LOGGED_IN) {
            ProgrammeFixtures.actAs(users, caller.username);
            try {
                // Checking a token is cheap; a password hash is slow on purpose, and this test makes hundreds of calls.
                tokenOf.put(caller, "Bearer " + tokens.create("Access matrix " + System.nanoTime(), tokens.defaultExpiry()).secret());
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    @Test
    void everyEndpointAnswersEachCallerAsTheTableSays() {
        List<Endpoint> endpoints = endpoints();
        List<String> missing = endpoints.stream()
                .filter(endpoint -> endpoint.operationId() == null && !OUTSIDE_THE_API.containsKey(endpoint.key()))
                .map(Endpoint::key).toList();
        assertThat(missing).as("endpoints missing from the access table").isEmpty();

        Map<String, Map<Caller, Integer>> statuses = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int refusedMethods = 0;
        for (Endpoint endpoint : endpoints) {
            Outside outside = endpoint.operationId() == null ? OUTSIDE_THE_API.get(endpoint.key()) : null;
            String path = outside != null ? outside.path() : concrete(endpoint.pattern());
            String method = endpoint.method().equals("*") ? "GET" : endpoint.method();
            for (Caller caller : Caller.values()) {
                int expected = outside != null ? outside.expected(caller) : ApiAccess.expectedStatus(endpoint.operationId(), caller);
                HttpResponse<String> response = api.sendAuthorized(method, path, authorization(caller, path));
                statuses.computeIfAbsent(endpoint.key(), key -> new EnumMap<>(Caller.class)).put(caller, response.statusCode());
                if (response.statusCode() != expected) {
                    wrong.add("%s %s as %s: %d, expected %d".formatted(method, path, caller, response.statusCode(), expected));
                }
            }
            if (!endpoint.method().equals("*")) {
                refusedMethods += checkOtherMethods(endpoint, path, wrong);
            }
        }
        ENGINE_REST.forEach((key, root) -> {
            for (Caller caller : Caller.values()) {
                HttpResponse<String> response = api.sendAuthorized("GET", root.path(), authorization(caller, root.path()));
                statuses.computeIfAbsent(key, ignored -> new EnumMap<>(Caller.class)).put(caller, response.statusCode());
                if (response.statusCode() != root.expected(caller)) {
                    wrong.add("%s as %s: %d, expected %d".formatted(key, caller, response.statusCode(), root.expected(caller)));
                }
            }
        });
        assertThat(wrong).as("answers that differ from the access table").isEmpty();
        endpointsDoc(statuses, refusedMethods);
    }

    /** The methods an endpoint does not take, as anonymous, an applicant and an administrator: always refused. */
    private int checkOtherMethods(Endpoint endpoint, String path, List<String> wrong) {
        int calls = 0;
        TreeSet<String> declared = new TreeSet<>();
        endpoints().stream().filter(other -> other.pattern().equals(endpoint.pattern())).forEach(other -> declared.add(other.method()));
        for (String method : METHODS) {
            if (declared.contains(method) || !declared.first().equals(endpoint.method())) {
                continue;
            }
            for (Caller caller : EnumSet.of(Caller.ANONYMOUS, Caller.OWNER, Caller.ADMIN)) {
                calls++;
                int status = api.sendAuthorized(method, path, authorization(caller, path)).statusCode();
                if (!REFUSALS.contains(status)) {
                    wrong.add("%s %s as %s: %d, expected a refusal".formatted(method, path, caller, status));
                }
            }
        }
        return calls;
    }

    @Test
    void guessedIdsNeverReachAnotherOrganisationsCase() {
        List<String> leaks = new ArrayList<>();
        List<String> unlisted = new ArrayList<>();
        int calls = 0;
        for (Endpoint endpoint : endpoints()) {
            Matcher variable = VARIABLE.matcher(endpoint.pattern());
            while (variable.find()) {
                String name = variable.group(1);
                Kind kind = CASE_VARIABLES.get(name);
                if (kind == null) {
                    if (!OTHER_VARIABLES.containsKey(name)) {
                        unlisted.add(name + " in " + endpoint.key());
                    }
                    continue;
                }
                for (Caller caller : GUESSERS) {
                    Set<Long> own = ownership.organisationsOf(caller.username);
                    Set<Long> others = new TreeSet<>();
                    GUESSERS.stream().filter(other -> other != caller).map(other -> ownership.organisationsOf(other.username))
                            .forEach(others::addAll);
                    others.removeAll(own);
                    Set<Long> othersIds = new TreeSet<>(ownership.idsOf(kind, others).stream().limit(3).toList());
                    for (long id : ownership.guesses(kind, own, othersIds)) {
                        calls++;
                        String path = concrete(endpoint.pattern().replace("{" + name + "}", String.valueOf(id)));
                        HttpResponse<String> response = api.sendAuthorized("GET", path, authorization(caller, path));
                        if (response.statusCode() != 403 && response.statusCode() != 404) {
                            leaks.add("%s %s: %d".formatted(caller, path, response.statusCode()));
                        }
                        ownership.find(kind, id).ifPresent(guessed -> guessed.words().stream().filter(response.body()::contains)
                                .forEach(word -> leaks.add("%s %s: \"%s\" in the answer".formatted(caller, path, word))));
                    }
                }
            }
        }
        assertThat(unlisted).as("path variables missing from this test").isEmpty();
        assertThat(leaks).as("other organisations' cases reached").isEmpty();
        assertThat(calls).as("guesses made").isGreaterThan(CASE_VARIABLES.size() * GUESSERS.size());
        AccessMatrixDoc.endpointGuesses(calls, GUESSERS.size(), leaks.size());
    }

    /** Every mapped method and pattern of every Spring MVC handler mapping (API, springdoc, actuator, error page). */
    private List<Endpoint> endpoints() {
        Map<String, Endpoint> endpoints = new TreeMap<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mapping.getHandlerMethods().entrySet()) {
                Operation operation = handler.getValue().getMethodAnnotation(Operation.class);
                String operationId = operation == null || operation.operationId().isEmpty() ? null : operation.operationId();
                Set<String> methods = new TreeSet<>();
                handler.getKey().getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
                if (methods.isEmpty()) {
                    methods.add("*");
                }
                for (String pattern : handler.getKey().getPatternValues()) {
                    methods.forEach(method -> endpoints.putIfAbsent(method + " " + pattern, new Endpoint(method, pattern, operationId)));
                }
            }
        }
        return List.copyOf(endpoints.values());
    }

    /** The pattern with the owner's cases in its variables. */
    private String concrete(String pattern) {
        return ApiFixtures.path(pattern, ids);
    }

    /** Tokens work on the API only; the engine's REST API, the actuator and the document take a password. */
    private String authorization(Caller caller, String path) {
        if (caller == Caller.ANONYMOUS) {
            return null;
        }
        return path.startsWith("/api/v1/") ? tokenOf.get(caller) : ApiClient.basic(caller.username);
    }

    private static void endpointsDoc(Map<String, Map<Caller, Integer>> statuses, int refusedMethods) {
        StringBuilder table = new StringBuilder("| endpoint |");
        for (Caller caller : Caller.values()) {
            table.append(' ').append(caller.username == null ? "(anonymous)" : caller.username).append(" |");
        }
        table.append("\n|---|").append("---|".repeat(Caller.values().length)).append('\n');
        statuses.forEach((endpoint, byCaller) -> {
            table.append("| `").append(endpoint).append("` |");
            byCaller.values().forEach(status -> table.append(' ').append(status).append(" |"));
            table.append('\n');
        });
        int cells = statuses.size() * Caller.values().length;
        AccessMatrixDoc.endpoints(("Endpoints: **%d** (every Spring MVC mapping by method and pattern, and %d roots of the engine's REST API);"
                + " callers: **%d**; cells: **%d**, each the status below and none different from the table; methods an endpoint does"
                + " not take, as anonymous, an applicant and an administrator: **%d** calls, all refused (401, 403, 404 or 405).\n\n%s")
                .formatted(statuses.size(), ENGINE_REST.size(), Caller.values().length, cells, refusedMethods, table));
    }
}
