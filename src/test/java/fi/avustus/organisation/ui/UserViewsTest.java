package fi.avustus.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fi.avustus.organisation.Organisations;
import fi.avustus.security.Role;
import fi.avustus.security.UserSummary;
import fi.avustus.security.Users;
import fi.avustus.ui.UiTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UserViewsTest extends UiTest {

    @Autowired
    Users users;

    @Autowired
    Organisations organisations;

    private static void type(String id, String text) {
        _setValue(_get(TextField.class, spec -> spec.withId(id)), text);
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> roles() {
        return _get(CheckboxGroup.class, spec -> spec.withId("roles"));
    }

    @Test
    void anAdministratorCreatesAnApplicantForAnOrganisation() {
        login("admin");
        long organisationId = organisations.active().get(0).id();
        String username = "karibu." + System.nanoTime() % 1_000_000_000L;
        UI.getCurrent().navigate(UserEditView.class, "new");
        type("username", username);
        type("displayName", "Karibu Käyttäjä");
        type("email", "karibu@example.fi");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), "pitkäsalasana");
        _setValue(roles(), Set.of(Role.APPLICANT));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Long> organisationIds = _get(MultiSelectComboBox.class, spec -> spec.withId("organisationIds"));
        _setValue(organisationIds, Set.of(organisationId));
        _click(_get(Button.class, spec -> spec.withId("save")));

        UserSummary created = users.find(username).orElseThrow();
        assertThat(created.roles()).containsExactly(Role.APPLICANT);
        assertThat(created.organisationIds()).containsExactly(organisationId);
        assertThat(_get(TextField.class, spec -> spec.withId("username")).isReadOnly()).as("username fixed once created").isTrue();
    }

    @Test
    void invalidUsernameShortPasswordAndNoRoleAreShownOnTheFieldsAndNothingIsStored() {
        login("admin");
        UI.getCurrent().navigate(UserEditView.class, "new");
        type("username", "Iso Kirjain");
        type("displayName", "Virheellinen");
        type("email", "ei-osoite");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), "lyhyt");
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(_get(TextField.class, spec -> spec.withId("username")).getErrorMessage()).startsWith("Käyttäjätunnuksessa on");
        assertThat(_get(TextField.class, spec -> spec.withId("email")).getErrorMessage()).isEqualTo("Sähköpostiosoite ei ole kelvollinen.");
        assertThat(_get(PasswordField.class, spec -> spec.withId("password")).getErrorMessage())
                .isEqualTo("Salasanassa on oltava vähintään 8 merkkiä.");
        assertThat(roles().isInvalid()).isTrue();
        assertThat(users.find("Iso Kirjain")).isEmpty();
    }

    @Test
    void theListShowsRolesInTheUsersLanguage() {
        login("admin");
        UI.getCurrent().navigate(UserListView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("search")), "virkailija");
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("list-grid"));
        assertThat(GridKt._size(grid)).isOne();
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("virkailija", "Virkailija", "Käytössä");
    }

    @Test
    void anExistingUserOpensWithTheirRolesAndAFixedUsername() {
        login("admin");
        UserSummary official = users.find("virkailija").orElseThrow();
        UI.getCurrent().navigate(UserEditView.class, String.valueOf(official.id()));

        assertThat(roles().getValue()).containsExactly(Role.OFFICIAL);
        assertThat(_get(TextField.class, spec -> spec.withId("username")).isReadOnly()).isTrue();
        assertThat(_get(PasswordField.class, spec -> spec.withId("password")).getHelperText())
                .isEqualTo("Jätä tyhjäksi, jos salasana ei muutu.");
    }
}
