package fi.avustus.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.avustus.IntegrationTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The API keeps its document: every documented operation, called by each kind of user, answers a
 * status the document declares for it, the one this user should get, with a body that fits the
 * declared schema (closed: no undocumented fields). The document is also written to
 * target/openapi/api-docs.json, which .ci/run lints with Spectral.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractTest {

    /** Who calls: the owner's organisation applies and runs the project; another applicant must not see them. */
    enum Caller {
        ANONYMOUS(null), OWNER(ApiCases.OWNER), OTHER_APPLICANT(ApiCases.OTHER_APPLICANT), OFFICIAL("virkailija"),
        DECISION_MAKER("paattaja"), STEERING_GROUP("ohjausryhma"), ADMIN("admin");

        final String username;

        Caller(String username) {
            this.username = username;
        }
    }

    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    private static final Set<Caller> LOGGED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
    private static final Set<Caller> OWNER_AND_STAFF = EnumSet.of(Caller.OWNER, Caller.OFFICIAL, Caller.DECISION_MAKER,
            Caller.ADMIN);
    private static final Set<Caller> STAFF = EnumSet.of(Caller.OFFICIAL, Caller.DECISION_MAKER, Caller.ADMIN);
    private static final Set<Caller> OFFICIALS_AND_ADMINS = EnumSet.of(Caller.OFFICIAL, Caller.ADMIN);
    private static final Set<Caller> ADMINS = EnumSet.of(Caller.ADMIN);

    /** Who gets a 200 from each operation; the document's operations and this list must match. */
    private static final Map<String, Set<Caller>> ALLOWED = Map.ofEntries(
            Map.entry("listOpenCalls", EVERYONE), Map.entry("getOpenCall", EVERYONE),
            Map.entry("listApplications", LOGGED_IN), Map.entry("getApplication", OWNER_AND_STAFF),
            Map.entry("listProjects", LOGGED_IN), Map.entry("getProject", OWNER_AND_STAFF),
            Map.entry("listProjectPayments", OWNER_AND_STAFF), Map.entry("listProjectReports", OWNER_AND_STAFF),
            Map.entry("listProjectDeadlines", OWNER_AND_STAFF), Map.entry("listDeadlines", LOGGED_IN),
            Map.entry("listProgrammeFunding", OFFICIALS_AND_ADMINS), Map.entry("listNetworkFunding", OFFICIALS_AND_ADMINS),
            Map.entry("listProjectFunding", OFFICIALS_AND_ADMINS), Map.entry("listPayableInstalments", STAFF),
            Map.entry("listGrantData", OFFICIALS_AND_ADMINS), Map.entry("exportGrantDataCsv", OFFICIALS_AND_ADMINS),
            Map.entry("getConsistencyReport", ADMINS));

    /** Operations on a case of the owner's organisation: anyone else logged in is told it does not exist. */
    private static final Set<String> OWN_CASES = Set.of("getApplication", "getProject", "listProjectPayments",
            "listProjectReports", "listProjectDeadlines");

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    private ApiClient api;
    private JsonNode document;
    private OpenApiSchemas schemas;
    private Map<String, Long> ids;

    @BeforeAll
    void documentAndCases() throws IOException {
        api = new ApiClient(port);
        ids = ApiCases.create(context).ids();

        HttpResponse<String> docs = api.get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        document = ApiClient.json(docs);
        schemas = new OpenApiSchemas(document);
        Path file = Path.of("target", "openapi", "api-docs.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(document));
    }

    @Test
    void everyDocumentedOperationIsCoveredHereAndNoneIsMissing() {
        assertThat(operations().stream().map(Operation::id)).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersEachCallerAsDocumented() {
        return operations().stream().flatMap(operation -> EVERYONE.stream().map(caller -> DynamicTest.dynamicTest(
                operation.id() + " as " + caller, () -> check(operation, caller))));
    }

    private void check(Operation operation, Caller caller) {
        HttpResponse<String> response = api.get(operation.path(ids), caller.username);
        int status = response.statusCode();
        assertThat(status).as("%s as %s: %s", operation.id(), caller, response.body()).isEqualTo(expectedStatus(operation.id(), caller));
        JsonNode declared = operation.responses().get(String.valueOf(status));
        assertThat(declared).as("status %s is declared", status).isNotNull();
        String contentType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        JsonNode content = declared.path("content").path(contentType);
        assertThat(content.isMissingNode()).as("%s declared for %s in %s", contentType, status, declared).isFalse();
        if (contentType.endsWith("json")) {
            assertThat(schemas.errors(content.get("schema"), ApiClient.json(response))).as(response.body()).isEmpty();
        }
    }

    private static int expectedStatus(String operationId, Caller caller) {
        if (ALLOWED.get(operationId).contains(caller)) {
            return 200;
        }
        if (caller == Caller.ANONYMOUS) {
            return 401;
        }
        return OWN_CASES.contains(operationId) ? 404 : 403;
    }

    /** A documented operation: every one is a GET. */
    record Operation(String id, String template, JsonNode responses) {

        String path(Map<String, Long> ids) {
            Matcher variable = PATH_VARIABLE.matcher(template);
            StringBuilder path = new StringBuilder();
            while (variable.find()) {
                Long id = ids.get(variable.group(1));
                assertThat(id).as("a case for {%s}", variable.group(1)).isNotNull();
                variable.appendReplacement(path, String.valueOf(id));
            }
            return variable.appendTail(path).toString();
        }
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            assertThat(path.getValue().fieldNames()).toIterable().as(path.getKey()).containsOnly("get");
            JsonNode get = path.getValue().get("get");
            operations.add(new Operation(get.get("operationId").asText(), path.getKey(), get.get("responses")));
        }
        return operations;
    }
}
