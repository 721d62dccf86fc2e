package fi.avustus.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** With SPRING_DATASOURCE_URL set, the embedded server never starts. */
class ExternalDatabaseSwitchTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedDatabaseConfiguration.class)
            .withPropertyValues("avustus.database.embedded.ephemeral=true");

    @Test
    void externalUrlMeansNoEmbeddedServer() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.invalid:5432/avustus")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedDatabaseServer.class));
    }

    @Test
    void withoutAnUrlTheEmbeddedServerStarts() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(EmbeddedDatabaseServer.class);
            assertThat(context.getBean(EmbeddedDatabaseServer.class).port()).isPositive();
        });
    }
}
