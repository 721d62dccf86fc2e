package fi.avustus.demo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Turns the demo profile on for a run on the embedded database with no profile chosen, so
 * that one command gives a working demo; an external database never gets demo data unasked.
 */
class DemoProfileActivator implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean external = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        boolean profileChosen = environment.getActiveProfiles().length > 0
                || StringUtils.hasText(environment.getProperty("spring.profiles.active"));
        if (!external && !profileChosen) {
            environment.addActiveProfile("demo");
        }
    }
}
