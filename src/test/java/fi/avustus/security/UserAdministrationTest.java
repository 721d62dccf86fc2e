package fi.avustus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fi.avustus.IntegrationTest;
import fi.avustus.shared.ValidationFailedException;
import fi.avustus.shared.ValidationFailedException.Violation;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The user directory as the administration screens use it. */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class UserAdministrationTest {

    @Autowired
    Users users;

    private static UserForm form(String username, Role... roles) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setDisplayName("Testi Käyttäjä");
        form.setEmail("testi@example.fi");
        form.setPassword("salasana123");
        form.setRoles(EnumSet.of(roles[0], roles));
        return form;
    }

    private static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000_000L;
    }

    @Test
    void anAdministratorCreatesAndUpdatesAUser() {
        UserSummary created = users.create(form(unique("testi."), Role.OFFICIAL));
        assertThat(created.roles()).containsExactly(Role.OFFICIAL);
        assertThat(users.search(created.username(), false, Pageable.ofSize(5)).getContent())
                .extracting(UserSummary::id).containsExactly(created.id());

        UserForm change = UserForm.of(created);
        change.setRoles(EnumSet.of(Role.OFFICIAL, Role.STEERING_GROUP));
        change.setLocale("sv");
        UserSummary updated = users.update(created.id(), change);

        assertThat(updated.roles()).containsExactlyInAnyOrder(Role.OFFICIAL, Role.STEERING_GROUP);
        assertThat(updated.locale()).isEqualTo("sv");
    }

    @Test
    void aTakenUsernameIsRefused() {
        assertThatThrownBy(() -> users.create(form("admin", Role.ADMIN)))
                .isInstanceOfSatisfying(ValidationFailedException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::messageKey).containsExactly("user.usernameTaken"));
    }

    @Test
    void theUsernameCannotChangeAndNewPasswordsMustBeLongEnough() {
        UserSummary created = users.create(form(unique("vakio."), Role.OFFICIAL));
        UserForm change = UserForm.of(created);
        change.setUsername(created.username() + "x");
        change.setPassword("lyhyt");

        assertThatThrownBy(() -> users.update(created.id(), change))
                .isInstanceOfSatisfying(ValidationFailedException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::messageKey).containsExactlyInAnyOrder("user.usernameFixed", "user.passwordTooShort"));
    }

    @Test
    void anApplicantNeedsAnOrganisation() {
        UserForm applicant = form(unique("hakija."), Role.APPLICANT);
        applicant.setOrganisationIds(new HashSet<>(Set.of()));

        assertThatThrownBy(() -> users.create(applicant))
                .isInstanceOfSatisfying(ValidationFailedException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field).containsExactly("organisationIds"));
    }

    @Test
    void anOrganisationNotInTheRegisterIsRefusedAndNothingIsStored() {
        UserForm applicant = form(unique("hakija."), Role.APPLICANT);
        applicant.setOrganisationIds(new HashSet<>(Set.of(Long.MAX_VALUE, -1L)));
        int before = users.all().size();

        assertThatThrownBy(() -> users.create(applicant))
                .isInstanceOfSatisfying(ValidationFailedException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactly(tuple("organisationIds", "user.unknownOrganisation")));
        assertThat(users.all()).hasSize(before);
    }

    @Test
    @WithMockUser(username = "virkailija", roles = "OFFICIAL")
    void onlyAdministratorsManageUsers() {
        assertThatThrownBy(() -> users.search("", false, Pageable.ofSize(5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(form("eisallittu", Role.ADMIN))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.archive(1, true)).isInstanceOf(AccessDeniedException.class);
    }
}
