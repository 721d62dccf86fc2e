/**
 * Where the data lives: an embedded PostgreSQL started by the application itself when no
 * external database is configured (SPRING_DATASOURCE_URL), with durable settings for real use
 * and fast throw-away settings for tests. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule
package fi.avustus.database;
