package fi.avustus.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import fi.avustus.actionplan.ActionLine;
import fi.avustus.actionplan.Indicator;
import fi.avustus.actionplan.PlannedActivity;
import fi.avustus.ui.DatePickers;
import fi.avustus.ui.FormFields;
import fi.avustus.ui.ListField;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One action line in the action plan editor: title, who is responsible, objectives, activities
 * with a date or months of the plan's year, and indicators with their targets.
 */
class ActionLineEditor extends Details {

    /** What the plan editor does with a line when its own buttons are pressed. */
    interface Moves {
        void move(ActionLineEditor line, int step);

        void remove(ActionLineEditor line);
    }

    private final TextField title = new TextField();
    private final TextField responsible = new TextField();
    private final ListField<String> objectives;
    private final ListField<PlannedActivity> activities;
    private final ListField<Indicator> indicators;
    private final int year;
    private final int number;

    /** A line at a place in the plan; its inputs are named by the paths the server's reasons use. */
    ActionLineEditor(ActionLine line, int number, int year, FormFields fields, Runnable changed, Moves moves) {
        this.year = year;
        this.number = number;
        String path = "lines[" + number + "]";
        setId("line-" + number);
        title.setLabel(getTranslation("actionplan.line.title"));
        title.setWidthFull();
        responsible.setLabel(getTranslation("actionplan.line.responsible"));
        responsible.setWidthFull();
        title.setValue(line.title() == null ? "" : line.title());
        responsible.setValue(line.responsible() == null ? "" : line.responsible());
        Inputs.onChange(title, () -> {
            summary();
            changed.run();
        });
        Inputs.onChange(responsible, changed);
        objectives = objectives(path + ".objectives");
        activities = activities(path + ".activities");
        indicators = indicators(path + ".indicators");
        fields.register(path + ".title", title);
        fields.register(path + ".responsible", responsible);
        List.of(objectives, activities, indicators).forEach(list -> fields.register(list.getId().orElseThrow(), list));
        objectives.setValue(line.objectives());
        activities.setValue(line.activities());
        indicators.setValue(line.indicators());
        List.of(objectives, activities, indicators).forEach(list -> Inputs.onChange(list, changed));

        Button up = icon(VaadinIcon.ARROW_UP, "list.moveUp", () -> moves.move(this, -1));
        Button down = icon(VaadinIcon.ARROW_DOWN, "list.moveDown", () -> moves.move(this, 1));
        Button remove = icon(VaadinIcon.TRASH, "actionplan.line.remove", () -> moves.remove(this));
        remove.addClassName("remove-line");
        FormLayout basics = new FormLayout(title, responsible);
        VerticalLayout content = new VerticalLayout(basics, objectives, activities, indicators, new HorizontalLayout(up, down, remove));
        content.setPadding(false);
        add(content);
        setWidthFull();
        setOpened(true);
        summary();
    }

    ActionLine value() {
        return new ActionLine(number, Inputs.blankToNull(title.getValue()), objectives.getValue(), activities.getValue(),
                Inputs.blankToNull(responsible.getValue()), indicators.getValue());
    }

    private void summary() {
        String text = title.getValue().isBlank() ? getTranslation("actionplan.line.untitled") : title.getValue();
        setSummaryText(number + ". " + text);
    }

    private ListField<String> objectives(String id) {
        ListField<String> field = new ListField<>(id, getTranslation("actionplan.line.objectives"), text -> text);
        field.getGrid().addColumn(text -> text).setHeader(getTranslation("actionplan.line.objective"));
        TextField objective = new TextField(getTranslation("actionplan.line.objective"));
        objective.setWidth("min(100%, 32rem)");
        field.setInputs(() -> Inputs.missing(objective, objective.getValue().isBlank()) ? Optional.empty()
                : Optional.of(objective.getValue().strip()), objective::clear, objective);
        return field;
    }

    private ListField<PlannedActivity> activities(String id) {
        ListField<PlannedActivity> field = new ListField<>(id, getTranslation("actionplan.line.activities"),
                activity -> activity);
        field.getGrid().addColumn(PlannedActivity::title).setHeader(getTranslation("actionplan.activity.title"));
        field.getGrid().addColumn(DocumentTexts::when).setHeader(getTranslation("actionplan.activity.when"));
        TextField activityTitle = new TextField(getTranslation("actionplan.activity.title"));
        DatePicker date = DatePickers.localised(new DatePicker(getTranslation("actionplan.activity.date")));
        date.setMin(LocalDate.of(year, 1, 1));
        date.setMax(LocalDate.of(year, 12, 31));
        date.setInitialPosition(LocalDate.of(year, 1, 1));
        MultiSelectComboBox<Integer> months = new MultiSelectComboBox<>(getTranslation("actionplan.activity.months"));
        months.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        months.setItemLabelGenerator(DocumentTexts::month);
        field.setInputs(() -> {
            boolean noTitle = Inputs.missing(activityTitle, activityTitle.getValue().isBlank());
            boolean noTime = Inputs.missing(months, date.getValue() == null && months.getValue().isEmpty());
            return noTitle || noTime ? Optional.empty() : Optional.of(new PlannedActivity(activityTitle.getValue().strip(),
                    date.getValue(), List.copyOf(months.getValue())));
        }, () -> {
            activityTitle.clear();
            date.clear();
            months.clear();
        }, activityTitle, date, months);
        return field;
    }

    private ListField<Indicator> indicators(String id) {
        ListField<Indicator> field = new ListField<>(id, getTranslation("actionplan.line.indicators"),
                Indicator::name);
        field.getGrid().addColumn(Indicator::name).setHeader(getTranslation("actionplan.indicator.name"));
        field.getGrid().addColumn(Indicator::unit).setHeader(getTranslation("actionplan.indicator.unit"));
        field.getGrid().addColumn(indicator -> DocumentTexts.number(indicator.target()))
                .setHeader(getTranslation("actionplan.indicator.target"));
        TextField name = new TextField(getTranslation("actionplan.indicator.name"));
        TextField unit = new TextField(getTranslation("actionplan.indicator.unit"));
        BigDecimalField target = new BigDecimalField(getTranslation("actionplan.indicator.target"));
        field.setInputs(() -> {
            boolean incomplete = Inputs.missing(name, name.getValue().isBlank()) | Inputs.missing(unit, unit.getValue().isBlank())
                    | Inputs.missing(target, target.getValue() == null);
            return incomplete ? Optional.empty()
                    : Optional.of(new Indicator(name.getValue().strip(), unit.getValue().strip(), target.getValue()));
        }, () -> {
            name.clear();
            unit.clear();
            target.clear();
        }, name, unit, target);
        return field;
    }

    private Button icon(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }
}
