package fi.avustus.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.avustus.approval.ApprovalFlow;
import fi.avustus.approval.ApprovalTask;
import fi.avustus.approval.Approvals;
import fi.avustus.approval.RoundView;
import fi.avustus.approval.SteeringGroupApprovalProcess;
import fi.avustus.approval.VoteChoice;
import fi.avustus.security.Roles;
import fi.avustus.shared.Validator;
import fi.avustus.ui.FormFields;
import fi.avustus.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;

/**
 * A member's vote on a document version: the round so far (as the group's secrecy rule allows),
 * then the vote with a comment. A vote is final; the screen returns to the member's list.
 */
@Route("approvals/vote/:taskId")
@RolesAllowed(Roles.STEERING_GROUP)
public class VoteView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE_PREFIX = "approvals/vote/";

    private final transient ApprovalFlow flow;
    private final transient Approvals approvals;
    private final H2 heading = new H2();

    public VoteView(ApprovalFlow flow, Approvals approvals) {
        this.flow = flow;
        this.approvals = approvals;
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ApprovalTask task = TaskRoute.taskOf(event, flow, Set.of(SteeringGroupApprovalProcess.Elements.VOTE));
        RoundView view = approvals.view(task.roundId(), getLocale());
        removeAll();
        heading.setText(getTranslation("approval.vote.title", view.documentTitle()));
        add(heading, new RoundCard(view, true), form(task));
    }

    private VerticalLayout form(ApprovalTask task) {
        FormFields fields = new FormFields(this);
        RadioButtonGroup<VoteChoice> choice = fields.register("choice", new RadioButtonGroup<>());
        choice.setLabel(getTranslation("approval.vote.choice"));
        choice.setItems(VoteChoice.values());
        choice.setItemLabelGenerator(value -> Texts.of(this, "approval.choice", value));
        choice.setRequiredIndicatorVisible(true);
        TextArea comment = fields.register("comment", new TextArea(getTranslation("approval.vote.comment")));
        comment.setMaxLength(Validator.TEXT_MAX);
        comment.setHelperText(getTranslation("approval.vote.comment.help"));
        comment.setWidthFull();
        Button cast = new Button(getTranslation("approval.vote.cast"), click -> fields.save(() -> {
            flow.vote(task.taskId(), choice.getValue(), comment.getValue());
            return true;
        }).ifPresent(done -> {
            Notifications.success(getTranslation("approval.vote.done"));
            getUI().ifPresent(ui -> ui.navigate(MyVotesView.class));
        }));
        cast.setId("cast-vote");
        cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new VerticalLayout(choice, comment, cast);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – " + getTranslation("app.title");
    }
}
