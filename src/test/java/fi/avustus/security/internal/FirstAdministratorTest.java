package fi.avustus.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fi.avustus.security.Role;
import fi.avustus.security.UserForm;
import fi.avustus.security.UserSummary;
import fi.avustus.security.Users;
import fi.avustus.shared.ValidationFailedException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.core.env.StandardEnvironment;

/** The first administrator of a production database, from the environment, once. */
class FirstAdministratorTest {

    private static final String DEMO_PASSWORD = "avustus2026";
    private static final String CHOSEN_PASSWORD = "a-long-chosen-secret";

    private final Users users = mock(Users.class);

    @Test
    void createsTheAdministratorFromTheEnvironmentWhenThereIsNone() {
        when(users.withRole(Role.ADMIN)).thenReturn(List.of());

        firstAdministrator("paakayttaja", CHOSEN_PASSWORD).createIfNone();

        ArgumentCaptor<UserForm> form = ArgumentCaptor.forClass(UserForm.class);
        verify(users).create(form.capture());
        assertThat(form.getValue().getUsername()).isEqualTo("paakayttaja");
        assertThat(form.getValue().getPassword()).isEqualTo(CHOSEN_PASSWORD);
        assertThat(form.getValue().getRoles()).containsExactly(Role.ADMIN);
    }

    @Test
    void leavesTheUsersAloneOnceAnAdministratorExists() {
        when(users.withRole(Role.ADMIN)).thenReturn(List.of(mock(UserSummary.class)));

        firstAdministrator("paakayttaja", CHOSEN_PASSWORD).createIfNone();

        verify(users, never()).create(any());
    }

    @Test
    void createsNobodyWithoutTheVariables() {
        when(users.withRole(Role.ADMIN)).thenReturn(List.of());

        firstAdministrator("", "").createIfNone();
        firstAdministrator("paakayttaja", "").createIfNone();

        verify(users, never()).create(any());
    }

    @Test
    void refusesThePublishedDemoPassword() {
        when(users.withRole(Role.ADMIN)).thenReturn(List.of());

        assertThatThrownBy(() -> firstAdministrator("paakayttaja", DEMO_PASSWORD).createIfNone())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(DEMO_PASSWORD);
        verify(users, never()).create(any());
    }

    @Test
    void namesTheBrokenRulesButNeverThePassword() {
        when(users.withRole(Role.ADMIN)).thenReturn(List.of());
        when(users.create(any())).thenThrow(new ValidationFailedException(
                List.of(new ValidationFailedException.Violation("password", "user.passwordTooShort", 8))));

        assertThatThrownBy(() -> firstAdministrator("paakayttaja", "s3cr3t").createIfNone())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("password user.passwordTooShort")
                .hasMessageNotContaining("s3cr3t");
    }

    private FirstAdministrator firstAdministrator(String username, String password) {
        return new FirstAdministrator(users, username, password, new DemoPassword(DEMO_PASSWORD, new StandardEnvironment()));
    }
}
