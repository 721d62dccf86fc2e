package fi.avustus.home;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.UserSummary;
import jakarta.annotation.security.PermitAll;

/** The first page after login: a greeting and what this person can do now. */
@Route("")
@Menu(title = "menu.home", order = 0)
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser) {
        setId("home");
        String name = currentUser.user().map(UserSummary::displayName).orElse("");
        add(new H2(getTranslation("home.greeting", name)), new Paragraph(getTranslation("home.intro")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " – " + getTranslation("app.title");
    }
}
