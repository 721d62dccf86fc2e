package fi.avustus.security.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The demo users' password, which the README publishes. It is no secret but a password that
 * outside the demo profile no account may have: the start-up guard, the first administrator and
 * every password change check against it.
 */
@Component
public class DemoPassword {

    private final String password;
    private final boolean demo;

    DemoPassword(@Value("${avustus.demo.password}") String password, Environment environment) {
        this.password = password;
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
    }

    /** Whether an account may not take this password here: anywhere but in the demo. */
    public boolean forbids(String candidate) {
        return !demo && is(candidate);
    }

    boolean is(String candidate) {
        return password.equals(candidate);
    }

    String value() {
        return password;
    }
}
