package fi.avustus.application.process.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import fi.avustus.application.process.GrantApplicationFlow;
import fi.avustus.application.process.GrantTask;
import fi.avustus.security.UserSummary;
import fi.avustus.ui.FormFields;
import java.util.List;
import java.util.function.Consumer;

/** After a reviewer's conflict of interest, the official names another reviewer. */
class ReplacementReviewerPanel extends FormLayout {

    ReplacementReviewerPanel(GrantApplicationFlow flow, GrantTask task, List<UserSummary> officials, Consumer<String> done) {
        FormFields fields = new FormFields(this);
        ComboBox<UserSummary> reviewer = fields.register("reviewer", new ComboBox<>(getTranslation("process.replacement.reviewer")));
        reviewer.setItems(officials);
        reviewer.setItemLabelGenerator(UserSummary::displayName);
        reviewer.setRequiredIndicatorVisible(true);
        Button save = new Button(getTranslation("process.replacement.save"), click -> fields.save(() -> {
            flow.assignReplacement(task.taskId(), reviewer.getValue() == null ? null : reviewer.getValue().username());
            return task;
        }).ifPresent(saved -> done.accept("process.replacement.saved")));
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(reviewer, save);
    }
}
