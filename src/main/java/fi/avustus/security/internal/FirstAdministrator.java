package fi.avustus.security.internal;

import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import fi.avustus.security.UserForm;
import fi.avustus.security.Users;
import fi.avustus.shared.ValidationFailedException;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first administrator of a production database from AVUSTUS_ADMIN_USERNAME and
 * AVUSTUS_ADMIN_PASSWORD, once: while an active administrator exists the variables are ignored.
 * Nothing else creates an account outside the demo profile, so there is no default password. The
 * password is never logged, and the published demo password is refused.
 */
@Component
@Profile("!demo")
@Order(1)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String VARIABLES = "AVUSTUS_ADMIN_USERNAME and AVUSTUS_ADMIN_PASSWORD";

    private final Users users;
    private final String username;
    private final String password;
    private final DemoPassword demoPassword;

    FirstAdministrator(Users users, @Value("${avustus.admin.username:}") String username,
                       @Value("${avustus.admin.password:}") String password, DemoPassword demoPassword) {
        this.users = users;
        this.username = username;
        this.password = password;
        this.demoPassword = demoPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(this::createIfNone);
    }

    void createIfNone() {
        if (!users.withRole(Role.ADMIN).isEmpty()) {
            if (StringUtils.hasText(username)) {
                log.info("An administrator exists, so {} are not used: remove them", VARIABLES);
            }
            return;
        }
        if (!StringUtils.hasText(username) || !StringUtils.hasText(password)) {
            log.warn("There is no administrator: set {} and restart to create the first one", VARIABLES);
            return;
        }
        if (demoPassword.is(password)) {
            throw new IllegalStateException("AVUSTUS_ADMIN_PASSWORD is the published demo password: choose another");
        }
        UserForm form = new UserForm();
        form.setUsername(username.strip());
        form.setDisplayName(username.strip());
        form.setPassword(password);
        form.setRoles(EnumSet.of(Role.ADMIN));
        try {
            users.create(form);
        } catch (ValidationFailedException invalid) {
            // The violations name fields and rules only, never the rejected values.
            throw new IllegalStateException("Cannot create the first administrator from " + VARIABLES + ": "
                    + invalid.violations().stream().map(v -> v.field() + " " + v.messageKey())
                    .collect(Collectors.joining(", ")), invalid);
        }
        log.info("First administrator {} created from {}", form.getUsername(), VARIABLES);
    }
}
