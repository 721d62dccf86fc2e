package fi.avustus.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import fi.avustus.security.AccessTokenStatus;
import fi.avustus.security.AccessTokenSummary;
import fi.avustus.security.AccessTokens;
import fi.avustus.shared.Time;
import fi.avustus.ui.Notifications;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Personal access tokens in a list: name, the secret's visible start, when created, expiring and
 * last used, and whether the token still works; an active one can be revoked after a confirmation.
 * The user's own page and the administrators' user page show it, each with its own source.
 */
class AccessTokenGrid extends Grid<AccessTokenSummary> {

    private final transient AccessTokens tokens;
    private final transient Supplier<List<AccessTokenSummary>> source;

    AccessTokenGrid(AccessTokens tokens, Supplier<List<AccessTokenSummary>> source, String emptyKey) {
        super(AccessTokenSummary.class, false);
        this.tokens = tokens;
        this.source = source;
        setId("tokens");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation(emptyKey));
        addColumn(AccessTokenSummary::name).setKey("name").setHeader(getTranslation("token.name")).setFlexGrow(2);
        addColumn(token -> token.prefix() + "…").setKey("prefix").setHeader(getTranslation("token.prefix"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(token -> time(token.createdAt())).setKey("created").setHeader(getTranslation("token.created")).setAutoWidth(true);
        addColumn(token -> time(token.expiresAt())).setKey("expires").setHeader(getTranslation("token.expires")).setAutoWidth(true);
        addColumn(token -> token.lastUsedAt() == null ? getTranslation("token.neverUsed") : time(token.lastUsedAt()))
                .setKey("lastUsed").setHeader(getTranslation("token.lastUsed")).setAutoWidth(true);
        addColumn(token -> getTranslation("token.status." + token.status())).setKey("status")
                .setHeader(getTranslation("token.status")).setAutoWidth(true);
        addComponentColumn(this::revokeButton).setKey("revoke").setAutoWidth(true).setFlexGrow(0);
        refresh();
    }

    void refresh() {
        setItems(source.get());
    }

    private Button revokeButton(AccessTokenSummary token) {
        Button revoke = new Button(getTranslation("token.revoke"), click -> confirmRevoke(token));
        revoke.setId("revoke-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        revoke.setVisible(token.status() == AccessTokenStatus.ACTIVE);
        return revoke;
    }

    private void confirmRevoke(AccessTokenSummary token) {
        Dialog dialog = new Dialog();
        dialog.setId("revoke-dialog");
        dialog.setHeaderTitle(getTranslation("token.revoke.title"));
        dialog.add(new Paragraph(getTranslation("token.revoke.confirm", token.name(), token.prefix())));
        Button confirm = new Button(getTranslation("token.revoke"), click -> {
            tokens.revoke(token.id());
            dialog.close();
            Notifications.success(getTranslation("token.revoked"));
            refresh();
        });
        confirm.setId("confirm-revoke");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private String time(Instant instant) {
        return Time.format(instant, getLocale());
    }
}
