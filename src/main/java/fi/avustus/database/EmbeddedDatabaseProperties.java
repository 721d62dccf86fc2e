package fi.avustus.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDir where the cluster lives between runs (AVUSTUS_DATA_DIR, default ./data)
 * @param port fixed port, or 0 for any free one
 * @param ephemeral a fresh temporary cluster with durability off, for tests only
 * @param databaseName the database created inside the cluster for the application
 */
@ConfigurationProperties("avustus.database.embedded")
public record EmbeddedDatabaseProperties(Path dataDir, int port, boolean ephemeral, String databaseName) {

    public EmbeddedDatabaseProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        databaseName = databaseName == null || databaseName.isBlank() ? "avustus" : databaseName;
    }
}
