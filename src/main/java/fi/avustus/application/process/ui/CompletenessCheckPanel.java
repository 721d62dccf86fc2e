package fi.avustus.application.process.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import fi.avustus.application.process.GrantApplicationFlow;
import fi.avustus.application.process.GrantApplicationFlow.CompletenessCheck;
import fi.avustus.application.process.GrantTask;
import fi.avustus.security.UserSummary;
import fi.avustus.shared.Time;
import fi.avustus.shared.Validator;
import fi.avustus.ui.DatePickers;
import fi.avustus.ui.FormFields;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** The official decides: complete (and who assesses it), or back to the applicant for completion. */
class CompletenessCheckPanel extends FormLayout {

    private final RadioButtonGroup<Boolean> complete = new RadioButtonGroup<>();
    private final MultiSelectComboBox<String> reviewers = new MultiSelectComboBox<>();
    private final TextArea message = new TextArea();
    private final DatePicker deadline = DatePickers.localised(new DatePicker());

    CompletenessCheckPanel(GrantApplicationFlow flow, GrantTask task, List<UserSummary> officials, Consumer<String> done) {
        FormFields fields = new FormFields(this);
        complete.setLabel(getTranslation("process.check.outcome"));
        complete.setItems(true, false);
        complete.setItemLabelGenerator(value -> getTranslation(value ? "process.check.complete" : "process.check.incomplete"));
        complete.setValue(true);
        complete.setId("complete");
        reviewers.setLabel(getTranslation("process.check.reviewers"));
        reviewers.setItems(officials.stream().map(UserSummary::username).toList());
        reviewers.setItemLabelGenerator(username -> officials.stream().filter(user -> user.username().equals(username))
                .map(UserSummary::displayName).findFirst().orElse(username));
        message.setLabel(getTranslation("process.check.message"));
        message.setMaxLength(Validator.TEXT_MAX);
        deadline.setLabel(getTranslation("process.check.deadline"));
        deadline.setHelperText(getTranslation("process.check.deadline.help", GrantApplicationFlow.DEFAULT_COMPLETION_DAYS));
        deadline.setMin(LocalDate.now(Time.HELSINKI).plusDays(1));
        fields.register("reviewers", reviewers);
        fields.register("completionMessage", message);
        fields.register("completionDeadline", deadline);
        complete.addValueChangeListener(change -> showFor(change.getValue()));
        showFor(true);

        Button save = new Button(getTranslation("process.check.save"), click -> fields.save(() -> {
            flow.completeCheck(task.taskId(), new CompletenessCheck(Boolean.TRUE.equals(complete.getValue()),
                    List.copyOf(reviewers.getValue()), message.getValue(), deadline.getValue()));
            return task;
        }).ifPresent(saved -> done.accept(Boolean.TRUE.equals(complete.getValue())
                ? "process.check.sentToAssessment" : "process.check.sentForCompletion")));
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(complete, reviewers, message, deadline, save);
        setColspan(message, 2);
    }

    private void showFor(Boolean isComplete) {
        boolean completeNow = Boolean.TRUE.equals(isComplete);
        reviewers.setVisible(completeNow);
        message.setVisible(!completeNow);
        deadline.setVisible(!completeNow);
    }
}
