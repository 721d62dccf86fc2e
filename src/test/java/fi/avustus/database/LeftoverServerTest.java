package fi.avustus.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durable server starts again on a data directory whose previous application crashed: with its
 * server killed too (a machine crash), or with the server left running on its own (only the JVM
 * killed). Committed data is there afterwards.
 */
class LeftoverServerTest {

    @TempDir
    Path tempDir;

    @Test
    void startsAfterTheServerWasKilledWithItsApplication() throws Exception {
        EmbeddedDatabaseProperties properties = properties();
        ProcessHandle postmaster = serverOfACrashedApplication(properties);
        postmaster.destroyForcibly();
        while (LeftoverServer.running(postmaster)) {
            Thread.sleep(50);
        }
        assertThat(properties.dataDir().resolve(LeftoverServer.PID_FILE)).exists();

        try (EmbeddedDatabaseServer restarted = EmbeddedDatabaseServer.start(properties)) {
            assertThat(committedRow(restarted)).isEqualTo("committed before the crash");
        }
    }

    @Test
    void stopsTheServerItsApplicationLeftRunning() throws Exception {
        EmbeddedDatabaseProperties properties = properties();
        ProcessHandle postmaster = serverOfACrashedApplication(properties);

        try (EmbeddedDatabaseServer restarted = EmbeddedDatabaseServer.start(properties)) {
            assertThat(LeftoverServer.running(postmaster)).isFalse();
            assertThat(committedRow(restarted)).isEqualTo("committed before the crash");
        }
    }

    @Test
    void leavesTheServerOfAnApplicationStillRunningAlone() throws Exception {
        EmbeddedDatabaseProperties properties = properties();
        try (EmbeddedDatabaseServer running = EmbeddedDatabaseServer.start(properties)) {
            ProcessHandle postmaster = ProcessHandle.of(postmasterPid(properties)).orElseThrow();

            LeftoverServer.clear(properties.dataDir().toAbsolutePath());

            assertThat(LeftoverServer.running(postmaster)).isTrue();
            assertThat(properties.dataDir().resolve(LeftoverServer.PID_FILE)).exists();
            commitRow(running);
        }
    }

    private EmbeddedDatabaseProperties properties() {
        return new EmbeddedDatabaseProperties(tempDir.resolve("data"), 0, false, "avustus");
    }

    /** A server that committed a row for an application which then died; its postmaster. */
    private static ProcessHandle serverOfACrashedApplication(EmbeddedDatabaseProperties properties)
            throws IOException, SQLException, ReflectiveOperationException {
        EmbeddedDatabaseServer crashed = EmbeddedDatabaseServer.start(properties);
        commitRow(crashed);
        releaseApplicationLock(crashed);
        return ProcessHandle.of(postmasterPid(properties)).orElseThrow();
    }

    /** What the kernel does for a killed JVM: its lock on the data directory goes, its server does not. */
    private static void releaseApplicationLock(EmbeddedDatabaseServer server) throws ReflectiveOperationException {
        Field postgres = EmbeddedDatabaseServer.class.getDeclaredField("postgres");
        postgres.setAccessible(true);
        Field lock = EmbeddedPostgres.class.getDeclaredField("lock");
        lock.setAccessible(true);
        try {
            ((FileLock) lock.get(postgres.get(server))).release();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long postmasterPid(EmbeddedDatabaseProperties properties) throws IOException {
        return Long.parseLong(Files.readAllLines(properties.dataDir().resolve(LeftoverServer.PID_FILE)).get(0).trim());
    }

    private static void commitRow(EmbeddedDatabaseServer server) throws SQLException {
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists kept (value text)");
            statement.execute("insert into kept values ('committed before the crash')");
        }
    }

    private static String committedRow(EmbeddedDatabaseServer server) throws SQLException {
        try (Connection connection = connect(server); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select value from kept")) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static Connection connect(EmbeddedDatabaseServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl("avustus"), server.username(), "");
    }
}
