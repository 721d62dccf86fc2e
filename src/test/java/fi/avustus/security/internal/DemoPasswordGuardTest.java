package fi.avustus.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The start-up guard against the demo users' published password, on the demo data itself: the
 * database a production start must refuse. (The demo profile that these tests run with has no
 * guard, so it is built here as the production start builds it.)
 */
@IntegrationTest
class DemoPasswordGuardTest {

    private static final String DEMO_PASSWORD = "avustus2026";

    @Autowired
    UserAccountRepository repository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ApplicationContext context;

    @Autowired
    DemoPassword demoPassword;

    /** The demo password as a start without the demo profile sees it. */
    private static DemoPassword production(String password) {
        return new DemoPassword(password, new StandardEnvironment());
    }

    @Test
    void refusesToStartWhileDemoAccountsOpenWithThePublishedPassword() {
        DemoPasswordGuard guard = new DemoPasswordGuard(repository, passwordEncoder, production(DEMO_PASSWORD));

        assertThat(guard.accountsWithTheDemoPassword()).contains("admin", "virkailija", "hakija", "sokande");
        assertThatThrownBy(guard::afterSingletonsInstantiated)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("admin")
                .hasMessageNotContaining(DEMO_PASSWORD);
    }

    @Test
    void startsWhenNoAdministratorOrDemoAccountHasThePassword() {
        DemoPasswordGuard guard = new DemoPasswordGuard(repository, passwordEncoder, production("another-password-2026"));

        assertThat(guard.accountsWithTheDemoPassword()).isEmpty();
        assertThatCode(guard::afterSingletonsInstantiated).doesNotThrowAnyException();
    }

    @Test
    void outsideTheDemoNoAccountMayTakeThePublishedPassword() {
        assertThat(production(DEMO_PASSWORD).forbids(DEMO_PASSWORD)).isTrue();
        assertThat(production(DEMO_PASSWORD).forbids("another-password-2026")).isFalse();
        assertThat(demoPassword.forbids(DEMO_PASSWORD)).as("the demo users need it").isFalse();
    }

    @Test
    void theDemoUsernamesComeFromTheDemoData() {
        assertThat(DemoPasswordGuard.demoUsernames()).contains("admin", "paattaja", "ohjausryhma", "applicant");
    }

    @Test
    void theDemoProfileNeitherGuardsNorCreatesAnAdministratorFromTheEnvironment() {
        assertThat(context.getBeansOfType(DemoPasswordGuard.class)).isEmpty();
        assertThat(context.getBeansOfType(FirstAdministrator.class)).isEmpty();
    }
}
