package fi.avustus.actionplan.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import fi.avustus.actionplan.FinancialCategory;
import fi.avustus.actionplan.FinancialLine;
import fi.avustus.ui.ListField;
import java.util.Arrays;
import java.util.Optional;

/** The income or the expense lines of a financial plan: category of that side, description, amount. */
final class FinancialLinesField {

    private FinancialLinesField() {
    }

    static ListField<FinancialLine> of(String id, String labelKey, FinancialCategory.Side side) {
        ListField<FinancialLine> field = new ListField<>(id, "", line -> line);
        field.setLabel(field.getTranslation(labelKey));
        field.getGrid().addColumn(line -> DocumentTexts.category(field, line.category()))
                .setHeader(field.getTranslation("actionplan.financial.category"));
        field.getGrid().addColumn(FinancialLine::description).setHeader(field.getTranslation("actionplan.financial.description"));
        field.getGrid().addColumn(line -> DocumentTexts.money(line.amount()))
                .setHeader(field.getTranslation("actionplan.financial.amount"));
        ComboBox<FinancialCategory> category = new ComboBox<>(field.getTranslation("actionplan.financial.category"));
        category.setItems(Arrays.stream(FinancialCategory.values()).filter(value -> value.side() == side).toList());
        category.setItemLabelGenerator(value -> DocumentTexts.category(field, value));
        category.setId(id + "-category");
        TextField description = new TextField(field.getTranslation("actionplan.financial.description"));
        description.setId(id + "-description");
        BigDecimalField amount = new BigDecimalField(field.getTranslation("actionplan.financial.amount"));
        amount.setId(id + "-amount");
        field.setInputs(() -> {
            boolean incomplete = Inputs.missing(category, category.getValue() == null)
                    | Inputs.missing(amount, amount.getValue() == null);
            return incomplete ? Optional.empty() : Optional.of(new FinancialLine(category.getValue(),
                    Inputs.blankToNull(description.getValue()), amount.getValue()));
        }, () -> {
            description.clear();
            amount.clear();
        }, category, description, amount);
        return field;
    }
}
