package fi.avustus.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.avustus.IntegrationTest;
import fi.avustus.api.ApiAccess.Caller;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
        assertThat(operations().stream().map(Operation::id)).containsExactlyInAnyOrderElementsOf(ApiAccess.ALLOWED.keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersEachCallerAsDocumented() {
        return operations().stream().flatMap(operation -> ApiAccess.EVERYONE.stream().map(caller -> DynamicTest.dynamicTest(
                operation.id() + " as " + caller, () -> check(operation, caller))));
    }

    private void check(Operation operation, Caller caller) {
        HttpResponse<String> response = api.get(operation.path(ids), caller.username);
        int status = response.statusCode();
        assertThat(status).as("%s as %s: %s", operation.id(), caller, response.body()).isEqualTo(ApiAccess.expectedStatus(operation.id(), caller));
        JsonNode declared = operation.responses().get(String.valueOf(status));
        assertThat(declared).as("status %s is declared", status).isNotNull();
        String contentType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        JsonNode content = declared.path("content").path(contentType);
        assertThat(content.isMissingNode()).as("%s declared for %s in %s", contentType, status, declared).isFalse();
        if (contentType.endsWith("json")) {
            assertThat(schemas.errors(content.get("schema"), ApiClient.json(response))).as(response.body()).isEmpty();
        }
    }

    /** A documented operation: every one is a GET. */
    record Operation(String id, String template, JsonNode responses) {

        String path(Map<String, Long> ids) {
            return ApiFixtures.path(template, ids);
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
