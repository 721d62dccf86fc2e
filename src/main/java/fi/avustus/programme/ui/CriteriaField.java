package fi.avustus.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.avustus.programme.AssessmentCriterion;
import fi.avustus.programme.internal.CallRules;
import fi.avustus.shared.Validator;
import java.util.List;

/**
 * A call's assessment criteria as rows (name in three languages and a weight) with add and
 * remove, and the running weight total, so the administrator sees at once when it is not 100.
 */
class CriteriaField extends CustomField<List<AssessmentCriterion>> {

    private final VerticalLayout rows = new VerticalLayout();
    private final Span total = new Span();

    CriteriaField(String label) {
        setLabel(label);
        setWidthFull();
        rows.setPadding(false);
        rows.setSpacing(true);
        Button add = new Button(getTranslation("call.criteria.add"), VaadinIcon.PLUS.create(), click -> {
            addRow(new AssessmentCriterion("", "", "", 0));
            updateValue();
        });
        add.setId("criteria-add");
        total.setId("criteria-total");
        // Screen readers announce the new total as weights are typed.
        total.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout footer = new HorizontalLayout(add, total);
        footer.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        VerticalLayout content = new VerticalLayout(rows, footer);
        content.setPadding(false);
        add(content);
        showTotal();
    }

    @Override
    protected List<AssessmentCriterion> generateModelValue() {
        return rows.getChildren().map(row -> ((Row) row).criterion()).toList();
    }

    @Override
    protected void setPresentationValue(List<AssessmentCriterion> criteria) {
        rows.removeAll();
        if (criteria != null) {
            criteria.forEach(this::addRow);
        }
        showTotal();
    }

    @Override
    protected void updateValue() {
        super.updateValue();
        showTotal();
    }

    private void addRow(AssessmentCriterion criterion) {
        rows.add(new Row(criterion));
        renumber();
    }

    private void renumber() {
        List<Row> all = rows.getChildren().map(Row.class::cast).toList();
        for (int i = 0; i < all.size(); i++) {
            all.get(i).number(i + 1);
        }
    }

    int weightTotal() {
        return rows.getChildren().mapToInt(row -> ((Row) row).weight()).sum();
    }

    private void showTotal() {
        int sum = weightTotal();
        total.setText(getTranslation("call.criteria.total", sum, CallRules.FULL_WEIGHT));
        total.getStyle().set("color", sum == CallRules.FULL_WEIGHT
                ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }

    /** One criterion: its names, its weight and a button that removes it. */
    private final class Row extends FlexLayout {

        private final TextField nameFi = new TextField(getTranslation("call.criterion.nameFi"));
        private final TextField nameSv = new TextField(getTranslation("call.criterion.nameSv"));
        private final TextField nameEn = new TextField(getTranslation("call.criterion.nameEn"));
        private final IntegerField weight = new IntegerField(getTranslation("call.criterion.weight"));
        private final Button remove = new Button(VaadinIcon.TRASH.create());

        Row(AssessmentCriterion criterion) {
            setFlexWrap(FlexWrap.WRAP);
            setAlignItems(Alignment.BASELINE);
            getStyle().set("gap", "var(--lumo-space-s)");
            getElement().setAttribute("role", "group");
            nameFi.setValue(criterion.nameFi() == null ? "" : criterion.nameFi());
            nameSv.setValue(criterion.nameSv() == null ? "" : criterion.nameSv());
            nameEn.setValue(criterion.nameEn() == null ? "" : criterion.nameEn());
            weight.setValue(criterion.weight());
            weight.setSuffixComponent(new Span("%"));
            weight.setWidth("7em");
            for (TextField name : List.of(nameFi, nameSv, nameEn)) {
                name.setMaxLength(Validator.NAME_MAX);
                name.setValueChangeMode(ValueChangeMode.ON_CHANGE);
                name.addValueChangeListener(change -> updateValue());
            }
            weight.setValueChangeMode(ValueChangeMode.LAZY);
            weight.addValueChangeListener(change -> updateValue());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClickListener(click -> {
                rows.remove(this);
                renumber();
                updateValue();
            });
            add(nameFi, nameSv, nameEn, weight, remove);
        }

        void number(int number) {
            getElement().setAttribute("aria-label", getTranslation("call.criterion.group", number));
            remove.setAriaLabel(getTranslation("call.criteria.remove", number));
            remove.setTooltipText(getTranslation("call.criteria.remove", number));
            setId("criterion-" + number);
        }

        int weight() {
            return weight.getValue() == null ? 0 : weight.getValue();
        }

        AssessmentCriterion criterion() {
            return new AssessmentCriterion(nameFi.getValue(), nameSv.getValue(), nameEn.getValue(), weight());
        }
    }
}
