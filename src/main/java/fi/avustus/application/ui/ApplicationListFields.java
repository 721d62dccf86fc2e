package fi.avustus.application.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fi.avustus.application.Activity;
import fi.avustus.application.BudgetCategory;
import fi.avustus.application.BudgetLine;
import fi.avustus.application.Partner;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.shared.Money;
import fi.avustus.ui.DatePickers;
import fi.avustus.ui.ListField;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * The editor's lists: partners (found by business ID), objectives, activities and budget lines.
 * Each is one form field with its own row inputs; rows are values, so identity is the whole row
 * except for partners, where one organisation may appear once.
 */
final class ApplicationListFields {

    private ApplicationListFields() {
    }

    static ListField<Partner> partners(Organisations organisations) {
        ListField<Partner> field = new ListField<>("partners", label("application.partners"), Partner::organisationId);
        field.getGrid().addColumn(partner -> organisations.findAll(List.of(partner.organisationId())).stream()
                .findFirst().map(organisation -> organisation.name(StatusTexts.locale())).orElse(""))
                .setHeader(label("application.partner.organisation"));
        field.getGrid().addColumn(partner -> Money.format(partner.budgetShare(), StatusTexts.locale()))
                .setHeader(label("application.partner.share"));
        TextField businessId = input(new TextField(label("application.partner.businessId")), "partner-business-id");
        BigDecimalField share = input(new BigDecimalField(label("application.partner.share")), "partner-share");
        field.setInputs(() -> {
            Optional<OrganisationSummary> organisation = organisations.findByBusinessId(businessId.getValue().strip());
            markMissing(businessId, organisation.isEmpty(), "application.partner.unknown");
            markMissing(share, share.getValue() == null, "validation.required");
            return organisation.filter(found -> share.getValue() != null)
                    .map(found -> new Partner(found.id(), share.getValue()));
        }, () -> {
            businessId.clear();
            share.clear();
        }, businessId, share);
        return field;
    }

    static ListField<String> objectives() {
        ListField<String> field = new ListField<>("objectives", label("application.objectives"), text -> text);
        field.getGrid().addColumn(text -> text).setHeader(label("application.objective"));
        TextField objective = input(new TextField(label("application.objective")), "objective-input");
        objective.setWidth("min(100%, 30rem)");
        field.setInputs(() -> {
            markMissing(objective, objective.getValue().isBlank(), "validation.required");
            return objective.getValue().isBlank() ? Optional.empty() : Optional.of(objective.getValue().strip());
        }, objective::clear, objective);
        return field;
    }

    static ListField<Activity> activities() {
        ListField<Activity> field = new ListField<>("activities", label("application.activities"), activity -> activity);
        field.getGrid().addColumn(Activity::title).setHeader(label("application.activity.title"));
        field.getGrid().addColumn(activity -> month(activity.startMonth()) + "–" + month(activity.endMonth()))
                .setHeader(label("application.activity.schedule"));
        TextField title = input(new TextField(label("application.activity.title")), "activity-title");
        TextField description = input(new TextField(label("application.activity.description")), "activity-description");
        DatePicker start = input(DatePickers.localised(new DatePicker(label("application.activity.start"))), "activity-start");
        DatePicker end = input(DatePickers.localised(new DatePicker(label("application.activity.end"))), "activity-end");
        field.setInputs(() -> {
            markMissing(title, title.getValue().isBlank(), "validation.required");
            return title.getValue().isBlank() ? Optional.empty()
                    : Optional.of(new Activity(title.getValue().strip(), description.getValue(), start.getValue(), end.getValue()));
        }, () -> {
            title.clear();
            description.clear();
            start.clear();
            end.clear();
        }, title, description, start, end);
        return field;
    }

    static ListField<BudgetLine> budgetLines() {
        ListField<BudgetLine> field = new ListField<>("budgetLines", label("application.budgetLines"), line -> line);
        field.getGrid().addColumn(line -> label("application.category." + line.category().name()))
                .setHeader(label("application.budget.category"));
        field.getGrid().addColumn(BudgetLine::year).setHeader(label("application.budget.year"));
        field.getGrid().addColumn(BudgetLine::description).setHeader(label("application.budget.description"));
        field.getGrid().addColumn(line -> Money.format(line.amount(), StatusTexts.locale()))
                .setHeader(label("application.budget.amount"));
        ComboBox<BudgetCategory> category = input(new ComboBox<>(label("application.budget.category")), "budget-category");
        category.setItems(BudgetCategory.values());
        category.setItemLabelGenerator(value -> label("application.category." + value.name()));
        IntegerField year = input(new IntegerField(label("application.budget.year")), "budget-year");
        year.setValue(Year.now().getValue() + 1);
        TextField description = input(new TextField(label("application.budget.description")), "budget-description");
        BigDecimalField amount = input(new BigDecimalField(label("application.budget.amount")), "budget-amount");
        field.setInputs(() -> {
            markMissing(category, category.getValue() == null, "validation.required");
            markMissing(year, year.getValue() == null, "validation.required");
            markMissing(amount, amount.getValue() == null, "validation.required");
            if (category.getValue() == null || year.getValue() == null || amount.getValue() == null) {
                return Optional.empty();
            }
            return Optional.of(new BudgetLine(category.getValue(), year.getValue(), description.getValue(), amount.getValue()));
        }, () -> {
            description.clear();
            amount.clear();
        }, category, year, description, amount);
        return field;
    }

    private static String month(LocalDate month) {
        return month == null ? "" : month.getMonthValue() + "/" + month.getYear();
    }

    private static <C extends com.vaadin.flow.component.Component> C input(C input, String id) {
        input.setId(id);
        return input;
    }

    private static void markMissing(HasValidation input, boolean missing, String key) {
        input.setErrorMessage(missing ? label(key) : null);
        input.setInvalid(missing);
    }

    private static String label(String key) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }
}
