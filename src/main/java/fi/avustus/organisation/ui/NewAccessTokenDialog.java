package fi.avustus.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import fi.avustus.security.AccessTokens;
import fi.avustus.security.CreatedAccessToken;
import fi.avustus.shared.Validator;
import fi.avustus.ui.DatePickers;
import fi.avustus.ui.FormFields;
import fi.avustus.ui.Notifications;

/**
 * Creates a personal access token: its name and the day it expires on, then its secret, shown
 * this once with a copy button. Closing the dialog forgets the secret; only its hash is stored.
 */
class NewAccessTokenDialog extends Dialog {

    NewAccessTokenDialog(AccessTokens tokens, Runnable afterCreation) {
        setId("new-token-dialog");
        setHeaderTitle(getTranslation("token.create"));
        FormFields fields = new FormFields(this);
        TextField name = fields.register("name", new TextField(getTranslation("token.name")));
        name.setHelperText(getTranslation("token.name.help"));
        name.setMaxLength(Validator.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        DatePicker expiresOn = fields.register("expiresOn", DatePickers.localised(new DatePicker(getTranslation("token.expiresOn"))));
        expiresOn.setHelperText(getTranslation("token.expiresOn.help"));
        expiresOn.setMin(tokens.earliestExpiry());
        expiresOn.setMax(tokens.latestExpiry());
        expiresOn.setValue(tokens.defaultExpiry());
        expiresOn.setRequiredIndicatorVisible(true);
        VerticalLayout form = new VerticalLayout(name, expiresOn);
        form.setPadding(false);
        add(form);

        Button create = new Button(getTranslation("token.create.submit"), click -> fields
                .save(() -> tokens.create(name.getValue(), expiresOn.getValue()))
                .ifPresent(created -> {
                    showSecret(created);
                    afterCreation.run();
                }));
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
        // Nothing of a created token's secret stays in the session once the dialog is gone.
        addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                removeAll();
            }
        });
    }

    private void showSecret(CreatedAccessToken created) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("token.created.title"));
        setCloseOnOutsideClick(false);
        TextField secret = new TextField(getTranslation("token.secret"));
        secret.setId("token-secret");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addClassName("token-secret");
        // Focusing the field selects the whole secret, so that it copies by hand too.
        secret.addFocusListener(focus -> secret.getElement().executeJs("this.inputElement.select()"));
        Paragraph hint = new Paragraph(getTranslation("token.created.hint"));
        hint.setId("token-hint");
        add(hint, secret);

        Button copy = new Button(getTranslation("token.copy"), VaadinIcon.COPY.create(), click -> copy(created.secret()));
        copy.setId("copy-token");
        Button close = new Button(getTranslation("token.close"), click -> close());
        close.setId("close-token");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(copy, close);
    }

    /** The clipboard is the browser's; it refuses outside a secure context, and the user then copies by hand. */
    private void copy(String secret) {
        getElement().executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0).then(() => true, () => false)"
                + " : false", secret).then(Boolean.class, copied -> {
                    if (Boolean.TRUE.equals(copied)) {
                        Notifications.success(getTranslation("token.copied"));
                    } else {
                        Notifications.error(getTranslation("token.copyByHand"));
                    }
                });
    }
}
