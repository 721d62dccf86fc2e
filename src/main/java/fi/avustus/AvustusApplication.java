package fi.avustus;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.scheduling.annotation.EnableScheduling;
import fi.avustus.shared.Time;
import java.time.Clock;

/** Avustus: workflow and case management for grant and development programmes. */
@SpringBootApplication
@EnableJpaAuditing(auditorAwareRef = "auditor")
// For the modules' own timed work (the outbox's poll, the nightly retention job), not the process engine's jobs.
@EnableScheduling
public class AvustusApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(AvustusApplication.class, args);
    }

    /** The one clock every module reads, so tests can move time. */
    @Bean
    Clock clock() {
        return Clock.system(Time.HELSINKI);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setViewport("width=device-width, initial-scale=1");
        // A plain stylesheet link keeps the default Vaadin bundle valid: no frontend build is needed.
        settings.addLink("stylesheet", "styles/avustus.css");
    }
}
