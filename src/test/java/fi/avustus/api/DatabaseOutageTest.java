package fi.avustus.api;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import fi.avustus.IntegrationTest;
import fi.avustus.database.EmbeddedDatabaseServer;
import fi.avustus.security.AccessTokens;
import fi.avustus.shared.DatabaseUnavailable;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The database goes away while people work: every connection is cut and no new one is let in.
 * Callers are told to try again (a localised 503 on the API, the same words on the screens),
 * nothing is half-written, and the application is back by itself once the database is.
 */
@IntegrationTest
class DatabaseOutageTest {

    private static final String APPLICATIONS = "/api/v1/applications?size=5";

    @Autowired EmbeddedDatabaseServer server;
    @Autowired HikariDataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccessTokens tokens;
    @Autowired UserDetailsService userDetails;
    @LocalServerPort int port;

    @AfterEach
    void leave() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void usersAreToldToTryAgainNothingIsHalfWrittenAndTheApplicationRecoversByItself() throws Exception {
        ApiClient api = new ApiClient(port);
        String database = jdbc.queryForObject("select current_database()", String.class);
        assertThat(api.get(APPLICATIONS, ApiCases.OWNER).statusCode()).isEqualTo(200);
        actAs(userDetails, ApiCases.OWNER);
        String token = "Bearer " + tokens.create("Ennen katkoa", tokens.defaultExpiry()).secret();
        long tokensBefore = jdbc.queryForObject("select count(*) from avustus.access_token", Long.class);
        long waitBefore = dataSource.getHikariConfigMXBean().getConnectionTimeout();
        // Each call waits this long for a connection before it gives up: the test need not wait the production 10 s.
        dataSource.getHikariConfigMXBean().setConnectionTimeout(1_000);

        try (Connection control = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + server.port() + "/postgres", server.username(), "")) {
            try {
                outage(control, database);

                HttpResponse<String> refused = api.get(APPLICATIONS, ApiCases.OWNER);
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
                assertThat(refused.headers().firstValue("Retry-After")).contains(DatabaseOutage.RETRY_AFTER_SECONDS);
                assertThat(ApiClient.json(refused).get("detail").asText()).startsWith("Palvelu ei juuri nyt tavoita tietokantaa");
                // A personal access token cannot be checked either: not "log in", not a 500.
                HttpResponse<String> withToken = api.getAuthorized(APPLICATIONS, token, null);
                assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(503);
                assertThat(ApiClient.json(withToken).get("code").asText()).isEqualTo("error.databaseUnavailable");
                HttpResponse<String> inSwedish = api.get(APPLICATIONS, ApiCases.OWNER, ApiClient.PASSWORD, "sv");
                assertThat(ApiClient.json(inSwedish).get("detail").asText()).startsWith("Tjänsten når just nu inte databasen");

                assertThatThrownBy(() -> tokens.create("Katkon aikana", tokens.defaultExpiry()))
                        .matches(DatabaseUnavailable::causes, "a database outage, which the screens tell as one");
            } finally {
                control.createStatement().execute("alter database \"" + database + "\" with allow_connections true");
            }
        } finally {
            dataSource.getHikariConfigMXBean().setConnectionTimeout(waitBefore);
        }

        assertThat(backWithin(api, Duration.ofSeconds(30))).as("the API answers again without a restart").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from avustus.access_token", Long.class))
                .as("the write refused during the outage left nothing").isEqualTo(tokensBefore);
        tokens.create("Katkon jälkeen", tokens.defaultExpiry());
        assertThat(jdbc.queryForObject("select count(*) from avustus.access_token", Long.class)).isEqualTo(tokensBefore + 1);
    }

    /** Lets no new connection in and cuts every open one of the application, as a stopped server would. */
    private static void outage(Connection control, String database) throws SQLException {
        try (Statement statement = control.createStatement()) {
            statement.execute("alter database \"" + database + "\" with allow_connections false");
            statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                    + "' and pid <> pg_backend_pid()");
        }
    }

    private static boolean backWithin(ApiClient api, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (api.get(APPLICATIONS, ApiCases.OWNER).statusCode() == 200) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
