package fi.avustus.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.avustus.security.AccessTokens;
import jakarta.annotation.security.PermitAll;

/**
 * The logged-in user's personal access tokens for the REST API: create one (its secret shown
 * once), see when each was last used, revoke. Reached from the user's part of the page header.
 */
@Route("account/tokens")
@PermitAll
public class AccessTokensView extends VerticalLayout implements HasDynamicTitle {

    public AccessTokensView(AccessTokens tokens) {
        setMaxWidth("75rem");
        AccessTokenGrid grid = new AccessTokenGrid(tokens, tokens::mine, "token.none");
        Button create = new Button(getTranslation("token.create"), VaadinIcon.PLUS.create(),
                click -> new NewAccessTokenDialog(tokens, grid::refresh).open());
        create.setId("new-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("token.title")), new Paragraph(getTranslation("token.intro")),
                new Paragraph(getTranslation("token.usage")), create, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("token.title") + " – " + getTranslation("app.title");
    }
}
