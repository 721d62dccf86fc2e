package fi.avustus.security.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.avustus.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Refuses to start without the demo profile while an account still opens with the demo password,
 * which the README publishes: a production database that was once loaded with the demo data (or an
 * administrator who chose that password) would otherwise let anyone in as an administrator.
 * Checked before the web server opens its port. Only the administrators and the demo data's
 * usernames are checked, since each check costs a slow password hash.
 */
@Component
@Profile("!demo")
class DemoPasswordGuard implements SmartInitializingSingleton {

    /** The demo module's users; read as a resource because this module must not depend on that one. */
    static final String DEMO_USERS = "/demo/users.json";

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final DemoPassword demoPassword;

    DemoPasswordGuard(UserAccountRepository repository, PasswordEncoder passwordEncoder, DemoPassword demoPassword) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.demoPassword = demoPassword;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> open = accountsWithTheDemoPassword();
        if (!open.isEmpty()) {
            throw new IllegalStateException("Refusing to start without the demo profile: the accounts " + open
                    + " still have the published demo password. Change their passwords (or start once with"
                    + " the demo profile to do it) before running in production.");
        }
    }

    List<String> accountsWithTheDemoPassword() {
        return repository.inRoleOrNamed(Role.ADMIN, demoUsernames()).stream()
                .filter(account -> passwordEncoder.matches(demoPassword.value(), account.getPasswordHash()))
                .map(UserAccount::getUsername)
                .sorted()
                .toList();
    }

    static List<String> demoUsernames() {
        try (InputStream input = DemoPasswordGuard.class.getResourceAsStream(DEMO_USERS)) {
            if (input == null) {
                return List.of();
            }
            List<String> usernames = new ArrayList<>();
            for (JsonNode user : new ObjectMapper().readTree(input)) {
                usernames.add(user.path("username").asText());
            }
            return usernames;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEMO_USERS, e);
        }
    }
}
