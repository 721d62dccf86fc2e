package fi.avustus.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustus.IntegrationTest;
import fi.avustus.organisation.Organisations;
import fi.avustus.security.SystemUser;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** What the API answers beyond its schemas: problems in the caller's language, paging, organisation scoping, the data. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiBehaviourTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final long NO_SUCH_ID = 987_654_321_098L;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    private ApiClient api;
    private ApiCases cases;

    @BeforeAll
    void cases() {
        api = new ApiClient(port);
        cases = ApiCases.create(context);
    }

    @Test
    void anonymousCallersAreAskedToLogInWithAProblemInFinnish() {
        HttpResponse<String> response = api.get("/api/v1/applications", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Basic realm=\"Avustus\"");
        JsonNode problem = problem(response);
        assertThat(problem.get("title").asText()).isEqualTo("Kirjautuminen vaaditaan");
        assertThat(problem.get("code").asText()).isEqualTo("api.detail.unauthorized");
        assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/applications");
    }

    @Test
    void wrongCredentialsAreAProblemToo() {
        HttpResponse<String> response = api.get("/api/v1/projects", "nobody-" + System.nanoTime(), "wrong", "en");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(problem(response).get("title").asText()).isEqualTo("Login required");
    }

    @Test
    void aRoleThatIsNotEnoughIsForbidden() {
        HttpResponse<String> response = api.get("/api/v1/funding/programmes", ApiCases.OWNER, ApiClient.PASSWORD, "sv");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(problem(response).get("title").asText()).isEqualTo("Åtkomst nekad");
    }

    @Test
    void pagingParametersAreCheckedAndEveryFailedOneNamed() {
        HttpResponse<String> response = api.get("/api/v1/open-calls?page=-1&size=101", null);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = problem(response);
        assertThat(problem.get("title").asText()).isEqualTo("Virheellinen pyyntö");
        assertThat(fieldMessages(problem)).containsExactlyInAnyOrder("page: Vähintään 0", "size: Enintään 100");
    }

    /** The JDK's own parser fails on some of these in ways other than the documented one, e.g. on a lone "-". */
    @ParameterizedTest(name = "Accept-Language: {0}")
    @ValueSource(strings = {"-", "--", ";q=0.5", ",", "fi;q=", "*;q=2", "en-"})
    void aMalformedLanguageHeaderGetsTheProblemInFinnish(String header) {
        HttpResponse<String> response = api.get("/api/v1/open-calls?size=x", null, null, header);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = problem(response);
        assertThat(problem.get("title").asText()).isEqualTo("Virheellinen pyyntö");
        assertThat(fieldMessages(problem)).hasSize(1);
    }

    /** Spring's parser fails on a quote that never closes with an index error, not as an invalid media type. */
    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"\"a/b", "\"aaaaaaaa/a", "\"\"a/b", "\"a/b\""})
    void anAcceptHeaderThatCannotBeReadIsRefusedByTheApiAndDisregardedElsewhere(String header) {
        for (String username : new String[] {null, ApiCases.OWNER}) {
            HttpResponse<String> response = api.getAccepting("/api/v1/projects", username, header);
            assertThat(response.statusCode()).as(username + ": " + response.body()).isEqualTo(406);
            assertThat(problem(response).get("code").asText()).isEqualTo("api.detail.refused");
        }
        assertThat(api.getAccepting("/login", null, header).statusCode()).isEqualTo(200);
        for (String path : new String[] {"/", "/applications", "/engine-rest/task", "/actuator/health", "/no-such-page"}) {
            assertThat(api.getAccepting(path, null, header).statusCode()).as(path).isLessThan(500);
        }
    }

    /** A path that takes GET was answered 405 when the Accept header asked for what it does not produce. */
    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"image/png", "a/b\"", "application/json;q=\"", "text/html"})
    void anAcceptHeaderTheApiCannotServeIsRefusedAsNotAcceptable(String header) {
        HttpResponse<String> response = api.getAccepting("/api/v1/projects", ApiCases.OWNER, header);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(406);
        assertThat(problem(response).get("code").asText()).isEqualTo("api.detail.refused");
        assertThat(api.getAccepting("/api/v1/projects", null, header).statusCode()).as("anonymous").isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/api/v1/open-calls?page=first, page",
            "/api/v1/open-calls?size=0, size",
            "/api/v1/open-calls/not-a-number, callId",
            "/api/v1/projects?status=HALF_OPEN, status",
            "/api/v1/projects?programmeId=1.5, programmeId",
            "/api/v1/deadlines?from=2026-13-01, from",
            "/api/v1/deadlines?type=HOLIDAY, type",
            "/api/v1/deadlines?from=%2B999999999-12-31, from"})
    void badInputIsA400NamingTheParameterNeverA500(String path, String parameter) {
        HttpResponse<String> response = api.get(path, ApiCases.OWNER, ApiClient.PASSWORD, "en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = problem(response);
        assertThat(problem.get("title").asText()).isEqualTo("Invalid request");
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly(parameter);
    }

    @Test
    void unknownPathsAndMethodsAreProblemsOfTheApi() {
        HttpResponse<String> noPath = api.get("/api/v1/no-such-resource", ApiCases.OWNER);
        assertThat(noPath.statusCode()).isEqualTo(404);
        assertThat(problem(noPath).get("code").asText()).isEqualTo("api.detail.noSuchPath");
        HttpResponse<String> post = api.send("POST", "/api/v1/open-calls", ApiCases.OWNER, "{}");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(problem(post).get("detail").asText()).contains("POST");
    }

    /** Refused by the server before the application (Tomcat or the security firewall), still as the API's problems. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/applications/a%00b", "/api/v1/applications/a%3Bb", "/api/v1/open-calls/%2e%2e%2f%2e%2e",
            "/api/v1/projects/1%5C2"})
    void pathsTheServerRefusesAreProblemsInTheCallersLanguage(String path) {
        for (String caller : java.util.Arrays.asList(null, ApiCases.OWNER)) {
            HttpResponse<String> response = api.get(path, caller, ApiClient.PASSWORD, "sv");
            assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(400, 499);
            JsonNode problem = problem(response);
            assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
            assertThat(problem.get("detail").asText()).as(path).isNotBlank().doesNotContain("<");
        }
    }

    @Test
    void anotherOrganisationsCasesAreNotFoundJustLikeMissingOnes() {
        for (String path : List.of("/api/v1/applications/%d", "/api/v1/projects/%d", "/api/v1/projects/%d/payments",
                "/api/v1/projects/%d/reports", "/api/v1/projects/%d/deadlines")) {
            long id = path.startsWith("/api/v1/applications") ? cases.applicationId() : cases.project().id();
            HttpResponse<String> other = api.get(path.formatted(id), ApiCases.OTHER_APPLICANT);
            HttpResponse<String> missing = api.get(path.formatted(NO_SUCH_ID), ApiCases.OTHER_APPLICANT);
            assertThat(other.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(problem(other).get("detail")).isEqualTo(problem(missing).get("detail"));
            assertThat(api.get(path.formatted(id), ApiCases.OWNER).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void applicantsListOnlyTheirOwnOrganisationsApplicationsAndProjects() {
        assertThat(ids(api.get("/api/v1/applications?size=100&callId=" + cases.call().id(), ApiCases.OWNER)))
                .containsExactly(cases.applicationId());
        assertThat(ids(api.get("/api/v1/applications?size=100&callId=" + cases.call().id(), ApiCases.OTHER_APPLICANT)))
                .isEmpty();
        assertThat(ids(api.get("/api/v1/projects?size=100&callId=" + cases.project().callId(), ApiCases.OWNER)))
                .containsExactly(cases.project().id());
        assertThat(ids(api.get("/api/v1/projects?size=100&callId=" + cases.project().callId(), ApiCases.OTHER_APPLICANT)))
                .isEmpty();
    }

    @Test
    void listsArePagedAndSayHowManyThereAreInAll() {
        JsonNode first = ApiClient.json(api.get("/api/v1/open-calls?size=1", null));
        assertThat(first.get("size").asInt()).isEqualTo(1);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("items")).hasSize(1);
        long total = first.get("totalItems").asLong();
        assertThat(total).isPositive();
        JsonNode beyond = ApiClient.json(api.get("/api/v1/open-calls?size=1&page=" + total, null));
        assertThat(beyond.get("items")).isEmpty();
        assertThat(beyond.get("totalItems").asLong()).isEqualTo(total);
        JsonNode defaults = ApiClient.json(api.get("/api/v1/open-calls", null));
        assertThat(defaults.get("size").asInt()).isEqualTo(20);
    }

    @Test
    void theOpenCallShowsItsDeadlineAndCriteriaToAnyone() {
        JsonNode call = ApiClient.json(api.get("/api/v1/open-calls/" + cases.call().id(), null));
        assertThat(call.get("closesAt").asText()).isEqualTo(cases.call().openUntil().toString());
        assertThat(call.get("title").get("fi").asText()).isEqualTo(cases.call().title().fi());
        assertThat(call.get("criteria").findValuesAsText("weight")).containsExactly("70", "30");
        assertThat(call.get("maxGrant").decimalValue()).isEqualByComparingTo(cases.call().maxGrant());
    }

    @Test
    void theProjectShowsItsDecisionPaymentsAndReports() {
        long id = cases.project().id();
        JsonNode project = ApiClient.json(api.get("/api/v1/projects/" + id, ApiCases.OWNER));
        assertThat(project.at("/decision/positive").asBoolean()).isTrue();
        assertThat(project.at("/decision/grantedAmount").decimalValue()).isEqualByComparingTo("40000");
        assertThat(project.get("paidAmount").decimalValue()).isEqualByComparingTo(cases.paid().amount());
        JsonNode payments = ApiClient.json(api.get("/api/v1/projects/" + id + "/payments", ApiCases.OWNER));
        assertThat(payments.get("items").get(0).get("status").asText()).isEqualTo("PAID");
        JsonNode reports = ApiClient.json(api.get("/api/v1/projects/" + id + "/reports", ApiCases.OWNER));
        assertThat(reports.get("items").findValuesAsText("kind")).contains("INTERIM", "FINAL");
        JsonNode deadlines = ApiClient.json(api.get("/api/v1/projects/" + id + "/deadlines?size=100", ApiCases.OWNER, ApiClient.PASSWORD, "en"));
        assertThat(deadlines.get("items").findValuesAsText("type")).contains("REPORT", "USAGE_PERIOD_END");
        assertThat(deadlines.get("items").findValuesAsText("title")).noneMatch(title -> title.startsWith("!"));
    }

    @Test
    void grantDataCarriesTheRecipientsBusinessIdAndWhatWasPaid() {
        String businessId = SystemUser.call(() -> context.getBean(Organisations.class)
                .find(cases.project().organisationId()).orElseThrow().businessId());
        JsonNode page = ApiClient.json(api.get("/api/v1/grant-data?size=100&programmeId=" + cases.programmeId(), "virkailija"));
        assertThat(page.get("items")).hasSize(1);
        JsonNode grant = page.get("items").get(0);
        assertThat(grant.get("projectId").asLong()).isEqualTo(cases.project().id());
        assertThat(grant.get("decisionId").asLong()).isEqualTo(cases.project().decisionId());
        assertThat(grant.get("recipientBusinessId").asText()).isEqualTo(businessId);
        assertThat(grant.get("grantedAmount").decimalValue()).isEqualByComparingTo("40000");
        assertThat(grant.get("paidAmount").decimalValue()).isEqualByComparingTo(cases.paid().amount());
        assertThat(grant.get("usageEnd").asText()).isEqualTo(cases.project().usageEnd().toString());
        assertThat(grant.get("decisionDate").asText()).isNotBlank();

        HttpResponse<String> csv = api.get("/api/v1/grant-data/export.csv?programmeId=" + cases.programmeId(), "admin");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("X-Total-Items")).hasValue("1");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("\uFEFFdecision_id;project_id;recipient_business_id;");
        assertThat(lines.get(1)).contains(";" + businessId + ";").contains(";40000,00;");
    }

    @Test
    void theDocumentAndSwaggerUiArePublic() {
        assertThat(api.get("/v3/api-docs", null).statusCode()).isEqualTo(200);
        assertThat(api.get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
    }

    private static JsonNode problem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(PROBLEM_JSON);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at fi.avustus");
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
        return problem;
    }

    private static List<String> fieldMessages(JsonNode problem) {
        return StreamSupport.stream(problem.get("errors").spliterator(), false)
                .map(error -> error.get("field").asText() + ": " + error.get("message").asText()).toList();
    }

    private static List<Long> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).get("items").findValues("id").stream().map(JsonNode::asLong).toList();
    }
}
