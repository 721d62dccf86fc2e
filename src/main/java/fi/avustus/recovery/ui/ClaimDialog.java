package fi.avustus.recovery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import fi.avustus.recovery.ClaimSummary;
import fi.avustus.shared.Money;
import fi.avustus.shared.Validator;
import fi.avustus.ui.FormFields;
import fi.avustus.ui.Notifications;
import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * Records a payment of a claim or a reduction of it: an amount (the outstanding sum to begin
 * with) and, for a reduction, the justification. The server's refusals show on the fields.
 */
class ClaimDialog extends Dialog {

    /** The facade call: amount and justification (null for a payment). */
    @FunctionalInterface
    interface Change {
        ClaimSummary apply(BigDecimal amount, String justification);
    }

    private final BigDecimalField amount = new BigDecimalField();
    private final TextArea justification = new TextArea();

    /** @param kind {@code pay} or {@code reduce}: names the texts and the dialog's ids */
    ClaimDialog(String kind, ClaimSummary claim, boolean withJustification, Change change, Consumer<ClaimSummary> done) {
        setId(kind + "-dialog");
        setHeaderTitle(getTranslation("recovery." + kind + ".title", claim.reference()));
        FormFields fields = new FormFields(this);
        amount.setLabel(getTranslation("recovery." + kind + ".amount"));
        amount.setValue(claim.outstanding());
        amount.setSuffixComponent(new Span("€"));
        fields.register("amount", amount);
        add(new Paragraph(getTranslation("recovery.outstandingNow", Money.format(claim.outstanding(), getLocale()))), amount);
        if (withJustification) {
            justification.setLabel(getTranslation("recovery.justification"));
            justification.setMaxLength(Validator.TEXT_MAX);
            justification.setRequired(true);
            justification.setWidthFull();
            fields.register("justification", justification);
            add(justification);
        }
        Button confirm = new Button(getTranslation("recovery." + kind), click -> fields.save(() ->
                change.apply(amount.getValue(), withJustification ? justification.getValue() : null)).ifPresent(changed -> {
            close();
            Notifications.success(getTranslation("recovery." + kind + ".notice", changed.reference()));
            done.accept(changed);
        }));
        confirm.setId("confirm-" + kind);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
