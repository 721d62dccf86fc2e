package fi.avustus.api;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustus.IntegrationTest;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.Applications;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.security.AccessTokens;
import fi.avustus.security.CreatedAccessToken;
import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import fi.avustus.security.UserFixtures;
import fi.avustus.security.UserForm;
import fi.avustus.security.UserSummary;
import fi.avustus.security.Users;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Personal access tokens on the wire: a token is its owner, with the owner's roles and
 * organisations as they are now; a token that lets no one in is a 401 problem, never a 500; and
 * only the REST API under /api/v1 takes tokens at all.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTokenApiTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Autowired
    AccessTokens tokens;
    @Autowired
    Users users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Applications applications;
    @Autowired
    Programmes programmes;
    @Autowired
    Calls calls;
    @Autowired
    Organisations organisations;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private ApiClient api;
    private CallSummary call;
    private long applicationId;

    @BeforeAll
    void anApplicationOfTheOwnersOrganisation() {
        api = new ApiClient(port);
        call = ApplicationFixtures.openCall(userDetails, programmes, calls, organisations, clock);
        applicationId = ApplicationFixtures.submitted(userDetails, applications, call.id());
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private String tokenOf(String username) {
        return created(username).secret();
    }

    private CreatedAccessToken created(String username) {
        actAs(userDetails, username);
        CreatedAccessToken created = tokens.create("Integraatio " + System.nanoTime(), tokens.defaultExpiry());
        SecurityContextHolder.clearContext();
        return created;
    }

    private HttpResponse<String> get(String path, String token) {
        return api.getAuthorized(path, "Bearer " + token, null);
    }

    private static List<Long> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(ApiClient.json(response).get("items").spliterator(), false)
                .map(item -> item.get("id").asLong()).toList();
    }

    @Test
    void aTokenActsAsItsOwnerWithinTheOwnersOrganisations() {
        String owner = tokenOf(ApiCases.OWNER);
        String other = tokenOf(ApiCases.OTHER_APPLICANT);
        String applications = "/api/v1/applications?size=100&callId=" + call.id();

        assertThat(ids(get(applications, owner))).containsExactly(applicationId);
        assertThat(ids(get(applications, other))).isEmpty();
        assertThat(get("/api/v1/applications/" + applicationId, owner).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/applications/" + applicationId, other).statusCode()).isEqualTo(404);
        // The owner's role is the token's role: an applicant sees no funding figures.
        assertThat(get("/api/v1/funding/programmes", owner).statusCode()).isEqualTo(403);
    }

    @Test
    void theSchemeNameIsCaseInsensitive() {
        String token = tokenOf(ApiCases.OWNER);
        HttpResponse<String> response = api.getAuthorized("/api/v1/applications?size=1", "bearer " + token, null);
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownTokenIsA401ProblemInTheCallersLanguage() {
        String unknown = "avt_" + "A".repeat(43);
        HttpResponse<String> response = api.getAuthorized("/api/v1/applications", "Bearer " + unknown, "en");
        JsonNode problem = unauthorized(response);
        assertThat(problem.get("title").asText()).isEqualTo("Login required");
        assertThat(problem.get("detail").asText()).startsWith("The access token is not valid");
        assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"Avustus\", error=\"invalid_token\"");

        HttpResponse<String> swedish = api.getAuthorized("/api/v1/applications", "Bearer " + unknown, "sv");
        assertThat(unauthorized(swedish).get("detail").asText()).startsWith("Åtkomsttoken gäller inte");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Bearer", "Bearer ", "Bearer not-a-token", "Bearer avt_short",
            "Bearer avt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "Bearer avt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "Bearer avt_ÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄ"})
    void aMalformedTokenIsA401ProblemNeverA500(String authorization) {
        HttpResponse<String> response = api.getAuthorized("/api/v1/projects", authorization, null);
        assertThat(unauthorized(response).get("title").asText()).isEqualTo("Kirjautuminen vaaditaan");
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = tokenOf(ApiCases.OWNER);
        assertThat(get("/api/v1/projects", token).statusCode()).isEqualTo(200);
        Instant now = Instant.now();
        jdbc.update("update avustus.access_token set created_at = ?, expires_at = ? where secret_hash = ?",
                Timestamp.from(now.minus(2, ChronoUnit.DAYS)), Timestamp.from(now.minusSeconds(1)), hash(token));
        unauthorized(get("/api/v1/projects", token));
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        CreatedAccessToken created = created(ApiCases.OWNER);
        assertThat(get("/api/v1/projects", created.secret()).statusCode()).isEqualTo(200);
        actAs(userDetails, ApiCases.OWNER);
        tokens.revoke(created.token().id());
        unauthorized(get("/api/v1/projects", created.secret()));
    }

    @Test
    void aDisabledOwnersTokenStopsWorkingAndChangedRolesCountAtOnce() {
        UserSummary official = UserFixtures.create(users, "integraatio", Role.OFFICIAL);
        String token = tokenOf(official.username());
        assertThat(get("/api/v1/funding/programmes", token).statusCode()).isEqualTo(200);

        UserForm steering = UserForm.of(official);
        steering.setRoles(EnumSet.of(Role.STEERING_GROUP));
        UserSummary demoted = SystemUser.call(() -> users.update(official.id(), steering));
        assertThat(get("/api/v1/funding/programmes", token).statusCode()).isEqualTo(403);

        UserForm disabled = UserForm.of(demoted);
        disabled.setActive(false);
        SystemUser.run(() -> users.update(official.id(), disabled));
        unauthorized(get("/api/v1/projects", token));
    }

    @Test
    void useIsRecordedAtMostOnceAMinute() {
        String token = tokenOf(ApiCases.OWNER);
        assertThat(lastUsed(token)).isNull();
        get("/api/v1/projects", token);
        Instant first = lastUsed(token);
        assertThat(first).isNotNull();

        get("/api/v1/projects", token);
        assertThat(lastUsed(token)).as("a second use within the minute is not written").isEqualTo(first);

        Instant aWhileAgo = Instant.now().minus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        jdbc.update("update avustus.access_token set last_used_at = ? where secret_hash = ?", Timestamp.from(aWhileAgo), hash(token));
        get("/api/v1/projects", token);
        assertThat(lastUsed(token)).isAfter(aWhileAgo.plus(1, ChronoUnit.MINUTES));
    }

    @Test
    void onlyTheRestApiTakesTokens() throws Exception {
        String admin = tokenOf("admin");
        assertThat(get("/api/v1/funding/programmes", admin).statusCode()).as("the token itself works").isEqualTo(200);

        // The engine's REST API and the actuator take HTTP basic only: with a token the caller is anonymous.
        for (String path : List.of("/engine-rest/engine", "/engine-rest/task", "/actuator/prometheus")) {
            HttpResponse<String> response = get(path, admin);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().allValues("WWW-Authenticate")).as(path).containsExactly("Basic realm=\"Avustus\"");
        }
        // The Camunda web apps and the screens want a login session: a token is sent to the login page like anyone.
        for (String path : List.of("/camunda/app/cockpit/default/", "/applications", "/admin/users")) {
            HttpResponse<String> anonymous = api.get(path, null);
            HttpResponse<String> response = get(path, admin);
            assertThat(response.statusCode()).as(path).isEqualTo(anonymous.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }

    private static JsonNode unauthorized(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(PROBLEM_JSON);
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("code").asText()).isEqualTo("api.detail.invalidToken");
        return problem;
    }

    private Instant lastUsed(String token) {
        Timestamp used = jdbc.queryForObject("select last_used_at from avustus.access_token where secret_hash = ?",
                Timestamp.class, hash(token));
        return used == null ? null : used.toInstant();
    }

    private static String hash(String token) {
        return DigestUtils.sha256Hex(token);
    }
}
