package fi.avustus.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fi.avustus.security.AccessTokenStatus;
import fi.avustus.security.AccessTokenSummary;
import fi.avustus.security.AccessTokens;
import fi.avustus.security.CreatedAccessToken;
import fi.avustus.security.Role;
import fi.avustus.security.UserFixtures;
import fi.avustus.security.UserSummary;
import fi.avustus.security.Users;
import fi.avustus.ui.UiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The user's own access tokens page, and the tokens on the administrators' user page. */
class AccessTokensViewTest extends UiTest {

    @Autowired
    Users users;
    @Autowired
    AccessTokens tokens;

    @SuppressWarnings("unchecked")
    private static Grid<AccessTokenSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("tokens"));
    }

    private UserSummary freshUserLoggedIn() {
        UserSummary user = UserFixtures.create(users, "avaimet", Role.OFFICIAL);
        login(user.username());
        return user;
    }

    @Test
    void theSecretIsShownOnceThenTheTokenIsListedAndCanBeRevoked() {
        freshUserLoggedIn();
        UI.getCurrent().navigate(AccessTokensView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Henkilökohtaiset käyttöavaimet");
        assertThat(GridKt._size(grid())).isZero();

        _click(_get(Button.class, spec -> spec.withId("new-token")));
        _setValue(_get(TextField.class, spec -> spec.withId("name")), "Taloushallinnon integraatio");
        _click(_get(Button.class, spec -> spec.withId("create-token")));

        String secret = _get(TextField.class, spec -> spec.withId("token-secret")).getValue();
        assertThat(secret).matches("avt_[A-Za-z0-9_-]{43}");
        assertThat(_get(Paragraph.class, spec -> spec.withId("token-hint")).getText()).contains("sitä ei näytetä uudelleen");
        List<AccessTokenSummary> mine = tokens.mine();
        assertThat(mine).singleElement().satisfies(token -> {
            assertThat(token.name()).isEqualTo("Taloushallinnon integraatio");
            assertThat(secret).startsWith(token.prefix());
        });
        assertThat(GridKt._size(grid())).isOne();
        assertThat(GridKt._getFormattedRow(grid(), 0))
                .contains("Taloushallinnon integraatio", mine.get(0).prefix() + "…", "Ei vielä käytetty", "Voimassa")
                .noneMatch(cell -> cell.contains(secret));

        _click(_get(Button.class, spec -> spec.withId("close-token")));
        assertThat(_find(TextField.class, spec -> spec.withId("token-secret"))).as("shown only once").isEmpty();

        _click((Button) GridKt._getCellComponent(grid(), 0, "revoke"));
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "Käyttöavain Taloushallinnon integraatio (" + mine.get(0).prefix() + "…) lakkaa toimimasta heti, "
                        + "eivätkä sitä käyttävät ohjelmat enää pääse rajapintaan. Tätä ei voi perua."))).isNotNull();
        _click(_get(Button.class, spec -> spec.withId("confirm-revoke")));

        assertThat(tokens.mine()).singleElement().extracting(AccessTokenSummary::status).isEqualTo(AccessTokenStatus.REVOKED);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Poistettu käytöstä");
        assertThat(GridKt._getCellComponent(grid(), 0, "revoke").isVisible()).as("nothing left to revoke").isFalse();
    }

    @Test
    void aTokenWithoutANameOrBeyondAYearIsNotCreated() {
        freshUserLoggedIn();
        UI.getCurrent().navigate(AccessTokensView.class);
        _click(_get(Button.class, spec -> spec.withId("new-token")));
        _setValue(_get(DatePicker.class, spec -> spec.withId("expiresOn")),
                tokens.latestExpiry().plusDays(1));
        _click(_get(Button.class, spec -> spec.withId("create-token")));

        assertThat(_get(TextField.class, spec -> spec.withId("name")).getErrorMessage()).isEqualTo("Pakollinen tieto");
        assertThat(_get(DatePicker.class, spec -> spec.withId("expiresOn"))
                .getErrorMessage()).startsWith("Käyttöavain voi olla voimassa enintään vuoden");
        assertThat(_find(TextField.class, spec -> spec.withId("token-secret"))).isEmpty();
        assertThat(tokens.mine()).isEmpty();
    }

    @Test
    void thePageSpeaksTheUsersLanguage() {
        freshUserLoggedIn();
        inLanguage("sv");
        UI.getCurrent().navigate(AccessTokensView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Personliga åtkomsttoken");
        assertThat(_get(Button.class, spec -> spec.withId("new-token")).getText()).isEqualTo("Ny åtkomsttoken");

        inLanguage("en");
        tokens.create("Reporting", tokens.defaultExpiry());
        UI.getCurrent().navigate(AccessTokensView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Personal access tokens");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Reporting", "Not used yet", "Active");
        assertThat(_get(Anchor.class, spec -> spec.withId("access-tokens")).getHref()).isEqualTo("account/tokens");
    }

    @Test
    void anAdministratorSeesAUsersTokensAndRevokesOne() {
        UserSummary owner = freshUserLoggedIn();
        CreatedAccessToken created = tokens.create("Tilastot", tokens.defaultExpiry());

        login("admin");
        UI.getCurrent().navigate(UserEditView.class, String.valueOf(owner.id()));
        assertThat(_get(Div.class, spec -> spec.withId("user-tokens")).isVisible()).isTrue();
        assertThat(GridKt._size(grid())).isOne();
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Tilastot", "Voimassa");
        _click((Button) GridKt._getCellComponent(grid(), 0, "revoke"));
        _click(_get(Button.class, spec -> spec.withId("confirm-revoke")));

        assertThat(tokens.ofUser(owner.id())).singleElement().satisfies(token -> {
            assertThat(token.id()).isEqualTo(created.token().id());
            assertThat(token.status()).isEqualTo(AccessTokenStatus.REVOKED);
        });
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Poistettu käytöstä");

        UI.getCurrent().navigate(UserEditView.class, "new");
        assertThat(_find(Div.class, spec -> spec.withId("user-tokens"))).as("a new user has no tokens yet")
                .noneMatch(Div::isVisible);
    }
}
