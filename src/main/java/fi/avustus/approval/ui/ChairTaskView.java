package fi.avustus.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.avustus.approval.ApprovalFlow;
import fi.avustus.approval.ApprovalOutcome;
import fi.avustus.approval.ApprovalTask;
import fi.avustus.approval.Approvals;
import fi.avustus.approval.RoundView;
import fi.avustus.approval.SteeringGroupApprovalProcess.Elements;
import fi.avustus.approval.SteeringGroupApprovalProcess.EscalationAction;
import fi.avustus.security.Roles;
import fi.avustus.shared.Time;
import fi.avustus.shared.Validator;
import fi.avustus.ui.DatePickers;
import fi.avustus.ui.FormFields;
import fi.avustus.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The chair's step: the casting vote on a tie, or what to do when the deadline passed without a
 * quorum — extend the deadline, decide alone (only where the group's rule allows), or send the
 * version back with the reason.
 */
@Route("approvals/chair/:taskId")
@RolesAllowed({Roles.STEERING_GROUP, Roles.ADMIN})
public class ChairTaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE_PREFIX = "approvals/chair/";

    private final transient ApprovalFlow flow;
    private final transient Approvals approvals;
    private final H2 heading = new H2();

    public ChairTaskView(ApprovalFlow flow, Approvals approvals) {
        this.flow = flow;
        this.approvals = approvals;
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ApprovalTask task = TaskRoute.taskOf(event, flow, Set.of(Elements.BREAK_TIE, Elements.RESOLVE_NO_QUORUM));
        RoundView view = approvals.view(task.roundId(), getLocale());
        removeAll();
        heading.setText(getTranslation("task.steering-group-approval." + task.element()));
        add(heading, new RoundCard(view, true));
        switch (task.element()) {
            case Elements.BREAK_TIE -> add(tieBreak(task));
            case Elements.RESOLVE_NO_QUORUM -> add(noQuorum(task, view));
            default -> throw new NotFoundException();
        }
    }

    private VerticalLayout tieBreak(ApprovalTask task) {
        FormFields fields = new FormFields(this);
        RadioButtonGroup<ApprovalOutcome> decision = fields.register("decision", decisionField());
        TextArea comment = fields.register("comment", commentField());
        Button save = saveButton(() -> flow.breakTie(task.taskId(), decision.getValue(), comment.getValue()), fields);
        return new VerticalLayout(new Paragraph(getTranslation("approval.chair.tie.help")), decision, comment, save);
    }

    private VerticalLayout noQuorum(ApprovalTask task, RoundView view) {
        FormFields fields = new FormFields(this);
        RadioButtonGroup<EscalationAction> action = fields.register("action", new RadioButtonGroup<>());
        action.setLabel(getTranslation("approval.chair.action"));
        List<EscalationAction> actions = new ArrayList<>(List.of(EscalationAction.values()));
        if (!view.chairMayDecideWithoutQuorum()) {
            actions.remove(EscalationAction.DECIDE);
        }
        action.setItems(actions);
        action.setItemLabelGenerator(value -> Texts.of(this, "approval.escalation", value));
        DateTimePicker newDeadline = fields.register("newDeadline",
                DatePickers.localised(new DateTimePicker(getTranslation("approval.chair.newDeadline"))));
        newDeadline.setLocale(getLocale());
        RadioButtonGroup<ApprovalOutcome> decision = fields.register("decision", decisionField());
        TextArea comment = fields.register("comment", commentField());
        newDeadline.setVisible(false);
        decision.setVisible(false);
        action.addValueChangeListener(change -> {
            newDeadline.setVisible(change.getValue() == EscalationAction.EXTEND);
            decision.setVisible(change.getValue() == EscalationAction.DECIDE);
        });
        Button save = saveButton(() -> {
            if (action.getValue() == null) {
                new Validator().required("action", null).throwIfInvalid();
            }
            switch (action.getValue()) {
                case EXTEND -> flow.extendDeadline(task.taskId(), newDeadline.getValue() == null ? null
                        : newDeadline.getValue().atZone(Time.HELSINKI).toInstant(), comment.getValue());
                case DECIDE -> flow.decideWithoutQuorum(task.taskId(), decision.getValue(), comment.getValue());
                case SEND_BACK -> flow.sendBack(task.taskId(), comment.getValue());
                default -> throw new IllegalStateException();
            }
        }, fields);
        return new VerticalLayout(new Paragraph(getTranslation("approval.chair.noQuorum.help")), action, newDeadline,
                decision, comment, save);
    }

    private RadioButtonGroup<ApprovalOutcome> decisionField() {
        RadioButtonGroup<ApprovalOutcome> decision = new RadioButtonGroup<>();
        decision.setLabel(getTranslation("approval.chair.decision"));
        decision.setItems(ApprovalOutcome.APPROVED, ApprovalOutcome.CHANGES_REQUESTED);
        decision.setItemLabelGenerator(value -> Texts.of(this, "approval.outcome", value));
        return decision;
    }

    private TextArea commentField() {
        TextArea comment = new TextArea(getTranslation("approval.chair.comment"));
        comment.setMaxLength(Validator.TEXT_MAX);
        comment.setWidthFull();
        return comment;
    }

    private Button saveButton(Runnable action, FormFields fields) {
        Button save = new Button(getTranslation("approval.chair.save"), click -> fields.save(() -> {
            action.run();
            return true;
        }).ifPresent(done -> {
            Notifications.success(getTranslation("approval.chair.done"));
            getUI().ifPresent(ui -> ui.navigate(RoundsInProgressView.class));
        }));
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return save;
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – " + getTranslation("app.title");
    }
}
