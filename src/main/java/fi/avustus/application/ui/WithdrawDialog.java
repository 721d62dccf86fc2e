package fi.avustus.application.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fi.avustus.application.Applications;
import fi.avustus.ui.FormFields;
import fi.avustus.ui.Notifications;

/** Asks for confirmation and a reason before withdrawing: withdrawal ends the case for good. */
class WithdrawDialog extends Dialog {

    WithdrawDialog(Applications applications, long applicationId, Runnable afterWithdrawal) {
        setHeaderTitle(getTranslation("application.withdraw.title"));
        setId("withdraw-dialog");
        TextArea reason = new TextArea(getTranslation("application.withdraw.reason"));
        reason.setWidthFull();
        FormFields fields = new FormFields(this);
        fields.register("reason", reason);
        add(new Paragraph(getTranslation("application.withdraw.confirm")), reason);
        Button confirm = new Button(getTranslation("application.withdraw"), click -> fields.save(() -> {
            applications.withdraw(applicationId, reason.getValue());
            return Boolean.TRUE;
        }).ifPresent(done -> {
            close();
            Notifications.success(getTranslation("application.withdrawn"));
            afterWithdrawal.run();
        }));
        confirm.setId("confirm-withdraw");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, confirm);
    }
}
