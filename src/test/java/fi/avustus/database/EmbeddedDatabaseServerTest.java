package fi.avustus.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application's own embedded server keeps committed data through a restart, with durability on. */
class EmbeddedDatabaseServerTest {

    @TempDir
    Path tempDir;

    @Test
    void durableServerTurnsFsyncOnAndKeepsDataAcrossRestarts() throws Exception {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(tempDir.resolve("data"), 0, false, "avustus");
        try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(properties)) {
            try (Connection connection = connect(server)) {
                assertThat(setting(connection, "fsync")).isEqualTo("on");
                assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create table kept (value text)");
                    statement.execute("insert into kept values ('still here')");
                }
            }
        }
        assertThat(Files.exists(tempDir.resolve("data").resolve("PG_VERSION"))).isTrue();
        try (EmbeddedDatabaseServer restarted = EmbeddedDatabaseServer.start(properties);
             Connection connection = connect(restarted);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select value from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    private static Connection connect(EmbeddedDatabaseServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl("avustus"), server.username(), "");
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
