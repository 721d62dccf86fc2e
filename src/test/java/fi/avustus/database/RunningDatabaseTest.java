package fi.avustus.database;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The test JVM's server: embedded PostgreSQL 17, fast settings, app and engine tables apart. */
@IntegrationTest
class RunningDatabaseTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedDatabaseServer server;

    @Test
    void testsRunOnAnEphemeralPostgresqlWithFastSettings() {
        assertThat(server.isEphemeral()).isTrue();
        assertThat(jdbc.queryForObject("show server_version", String.class)).startsWith("17.");
        // Tests may trade durability for speed; the application's own server never does (EmbeddedDatabaseServerTest).
        assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("off");
    }

    @Test
    void applicationTablesLiveInTheirOwnSchemaAndEngineTablesInPublic() {
        assertThat(jdbc.queryForObject(
                "select count(*) from information_schema.tables where table_schema = 'avustus' and table_name = 'organisation'",
                Integer.class)).isOne();
        assertThat(jdbc.queryForObject(
                "select count(*) from information_schema.tables where table_schema = 'public' and table_name = 'act_ru_task'",
                Integer.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from avustus.flyway_schema_history where success", Integer.class))
                .isGreaterThanOrEqualTo(4);
    }
}
