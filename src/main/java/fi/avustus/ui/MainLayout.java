package fi.avustus.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.UserSummary;

/**
 * The frame around every view: title, the menu of the views this user may open (from each
 * view's {@code @Menu}), the language switch, the user's access tokens and logout. Menu titles
 * are translation keys.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final String ACCESS_TOKENS = "account/tokens";

    private final SideNav navigation = new SideNav();
    private final transient AuthenticationContext authentication;

    public MainLayout(AuthenticationContext authentication, CurrentUser currentUser, LanguageSwitch languageSwitch) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);

        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("app-header");

        HorizontalLayout userBox = new HorizontalLayout();
        userBox.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        userBox.add(languageSwitch);
        currentUser.user().map(UserSummary::displayName).ifPresent(name -> userBox.add(new Span(name)));
        if (currentUser.username().isPresent()) {
            userBox.add(accessTokensLink());
            Button logout = new Button(getTranslation("app.logout"), VaadinIcon.SIGN_OUT.create(),
                    click -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.setId("logout");
            userBox.add(logout);
        }
        header.add(userBox);
        header.expand(title);
        addToNavbar(header);

        navigation.setId("main-menu");
        navigation.getElement().setAttribute("aria-label", getTranslation("app.menu"));
        addToDrawer(navigation);
    }

    /**
     * The user's own personal access tokens. Named by its path, not its view class: the shell
     * imports no feature's view. The router-link attribute keeps the navigation in the page.
     */
    private Anchor accessTokensLink() {
        Anchor link = new Anchor(ACCESS_TOKENS, VaadinIcon.KEY.create(), new Span(getTranslation("app.accessTokens")));
        link.getElement().setAttribute("router-link", true);
        link.setTitle(getTranslation("app.accessTokens.title"));
        link.setId("access-tokens");
        link.addClassName("app-account-link");
        return link;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (navigation.getItems().isEmpty()) {
            // Only the views this user may open are listed by the menu registry.
            for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
                navigation.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
            }
        }
    }
}
