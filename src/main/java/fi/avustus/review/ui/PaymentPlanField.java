package fi.avustus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.avustus.review.Instalment;
import fi.avustus.review.PaymentPlan;
import fi.avustus.shared.Money;
import fi.avustus.ui.DatePickers;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

/**
 * A decision's payment plan as rows (due date and amount) with add, remove and "standard plan"
 * (60 % / 40 %), and the live sum against the granted amount, so the presenter sees at once
 * whether the plan adds up.
 */
class PaymentPlanField extends CustomField<List<Instalment>> {

    private final VerticalLayout rows = new VerticalLayout();
    private final Span sum = new Span();
    private BigDecimal granted;
    /** Rows ever added: gives each row a unique id even after others were removed. */
    private int created;

    /** @param standardPlan the 60/40 plan for the amount and period typed so far, empty when they are missing */
    PaymentPlanField(String label, Supplier<List<Instalment>> standardPlan) {
        setLabel(label);
        setWidthFull();
        rows.setPadding(false);
        Button add = new Button(getTranslation("decision.instalment.add"), VaadinIcon.PLUS.create(), click -> {
            addRow(new Instalment(null, null));
            updateValue();
        });
        add.setId("instalment-add");
        Button standard = new Button(getTranslation("decision.instalment.standard"), click -> {
            setPresentationValue(standardPlan.get());
            updateValue();
        });
        standard.setId("instalment-standard");
        sum.setId("instalments-sum");
        // Screen readers announce the new sum as amounts are typed.
        sum.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout footer = new HorizontalLayout(add, standard, sum);
        footer.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        VerticalLayout content = new VerticalLayout(rows, footer);
        content.setPadding(false);
        add(content);
        showSum();
    }

    /** The granted amount the sum is compared with; changes as the presenter types it. */
    void setGranted(BigDecimal granted) {
        this.granted = granted;
        showSum();
    }

    /** Each row's amount field in order, for showing a row's error on the row itself. */
    List<BigDecimalField> amountFields() {
        return rows.getChildren().map(row -> ((Row) row).amount).toList();
    }

    @Override
    protected List<Instalment> generateModelValue() {
        return rows.getChildren().map(row -> ((Row) row).instalment()).toList();
    }

    @Override
    protected void setPresentationValue(List<Instalment> instalments) {
        rows.removeAll();
        if (instalments != null) {
            instalments.forEach(this::addRow);
        }
        showSum();
    }

    @Override
    protected void updateValue() {
        super.updateValue();
        showSum();
    }

    private void addRow(Instalment instalment) {
        rows.add(new Row(instalment, ++created));
        renumber();
    }

    private void renumber() {
        List<Row> all = rows.getChildren().map(Row.class::cast).toList();
        for (int i = 0; i < all.size(); i++) {
            all.get(i).number(i + 1);
        }
    }

    private void showSum() {
        BigDecimal total = PaymentPlan.sum(generateModelValue());
        boolean matches = granted != null && total.compareTo(granted) == 0;
        sum.setText(getTranslation("decision.instalments.total", Money.format(total, getLocale()),
                Money.format(granted == null ? BigDecimal.ZERO : granted, getLocale())));
        sum.getElement().getThemeList().set("badge", true);
        sum.getElement().getThemeList().set("success", matches);
        sum.getElement().getThemeList().set("error", !matches);
    }

    private final class Row extends HorizontalLayout {

        private final DatePicker dueDate = DatePickers.localised(new DatePicker());
        private final BigDecimalField amount = new BigDecimalField();
        private final Button remove;

        Row(Instalment instalment, int id) {
            dueDate.setLocale(PaymentPlanField.this.getLocale());
            dueDate.setValue(instalment.dueDate());
            dueDate.setId("instalment-date-" + id);
            amount.setValue(instalment.amount());
            amount.setValueChangeMode(ValueChangeMode.EAGER);
            amount.setId("instalment-amount-" + id);
            dueDate.addValueChangeListener(change -> updateValue());
            amount.addValueChangeListener(change -> updateValue());
            remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(this);
                renumber();
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setId("instalment-remove-" + id);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(dueDate, amount, remove);
        }

        void number(int number) {
            dueDate.setLabel(getTranslation("decision.instalment.dueDate", number));
            amount.setLabel(getTranslation("decision.instalment.amount", number));
            remove.setAriaLabel(getTranslation("decision.instalment.remove", number));
        }

        Instalment instalment() {
            return new Instalment(dueDate.getValue(), amount.getValue());
        }
    }
}
