package fi.avustus.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import fi.avustus.review.DecisionStatus;
import fi.avustus.review.DecisionSummary;
import fi.avustus.review.Decisions;
import fi.avustus.shared.Validator;
import fi.avustus.ui.FormFields;
import fi.avustus.ui.Notifications;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The decision maker's task: the proposal read-only, then approve it or return it to the
 * presenter with a comment. The server refuses a presenter approving their own proposal; the
 * panel shows that refusal as it shows any other.
 */
public class DecisionApprovalPanel extends Composite<VerticalLayout> {

    private final transient Decisions decisions;
    private final long decisionId;
    private final FormFields fields = new FormFields(this);
    private transient Consumer<DecisionSummary> onDecided = decided -> { };

    public DecisionApprovalPanel(Decisions decisions, long decisionId) {
        this.decisions = decisions;
        this.decisionId = decisionId;
        reload();
    }

    /** Called after an approval or a return, e.g. to complete the process task. */
    public void setOnDecided(Consumer<DecisionSummary> onDecided) {
        this.onDecided = onDecided;
    }

    private void reload() {
        VerticalLayout content = getContent();
        content.removeAll();
        Optional<DecisionSummary> found = decisions.find(decisionId);
        if (found.isEmpty()) {
            content.add(new Paragraph(getTranslation("notFound")));
            return;
        }
        DecisionSummary decision = found.get();
        content.add(new H3(getTranslation("decision.approval.title")), new DecisionDetails(decision, decisions.presenterName(decision)));
        if (decision.status() != DecisionStatus.PROPOSED) {
            return;
        }
        Button approve = new Button(getTranslation("decision.approve"),
                click -> act(() -> decisions.approve(decisionId, decision.version()), "decision.approved"));
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        TextArea comment = fields.register("comment", new TextArea(getTranslation("decision.returnComment")));
        comment.setWidthFull();
        comment.setMaxLength(Validator.TEXT_MAX);
        Button sendBack = new Button(getTranslation("decision.return"),
                click -> act(() -> decisions.returnToPresenter(decisionId, comment.getValue()), "decision.returned"));
        sendBack.setId("return");
        content.add(comment, new HorizontalLayout(approve, sendBack));
    }

    private void act(Supplier<DecisionSummary> action, String successKey) {
        fields.save(action).ifPresent(decided -> {
            Notifications.success(getTranslation(successKey));
            reload();
            onDecided.accept(decided);
        });
    }
}
