package fi.avustus.application.process.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.avustus.application.process.GrantApplicationFlow;
import fi.avustus.application.process.GrantApplicationProcess;
import fi.avustus.application.process.GrantTask;
import fi.avustus.security.Role;
import fi.avustus.security.Roles;
import fi.avustus.security.Users;
import fi.avustus.shared.DomainException;
import fi.avustus.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A grant-application task: a link to the case and the task's form. Doing the task completes it
 * and returns to the inbox.
 */
@Route("tasks/grant-application/:taskId")
@RolesAllowed({Roles.OFFICIAL, Roles.DECISION_MAKER})
public class GrantTaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE_PREFIX = "tasks/grant-application/";
    private static final Set<String> WITH_FORM = Set.of(GrantApplicationProcess.Elements.CHECK_COMPLETENESS,
            GrantApplicationProcess.Elements.ASSESS, GrantApplicationProcess.Elements.ASSIGN_REPLACEMENT_REVIEWER,
            GrantApplicationProcess.Elements.PROPOSE_DECISION, GrantApplicationProcess.Elements.APPROVE_DECISION);

    static boolean hasForm(String element) {
        return WITH_FORM.contains(element);
    }

    private final transient GrantApplicationFlow flow;
    private final transient Users users;
    private final transient ReviewPanels reviewPanels;
    private final H2 heading = new H2();

    public GrantTaskView(GrantApplicationFlow flow, Users users, ReviewPanels reviewPanels) {
        this.flow = flow;
        this.users = users;
        this.reviewPanels = reviewPanels;
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get("taskId").orElseThrow(NotFoundException::new);
        GrantTask task;
        try {
            task = flow.task(taskId);
        } catch (DomainException gone) {
            throw new NotFoundException();
        }
        if (!hasForm(task.element())) {
            throw new NotFoundException();
        }
        removeAll();
        heading.setText(getTranslation("task." + GrantApplicationProcess.KEY + "." + task.element()));
        Anchor caseLink = new Anchor("applications/" + task.applicationId(), getTranslation("process.openApplication"));
        caseLink.setId("case-link");
        add(heading, caseLink);
        if (task.returnComment() != null && GrantApplicationProcess.Elements.PROPOSE_DECISION.equals(task.element())) {
            add(new Paragraph(getTranslation("process.returnComment", task.returnComment())));
        }
        add(form(task));
    }

    private Component form(GrantTask task) {
        Consumer<String> done = messageKey -> {
            Notifications.success(getTranslation(messageKey));
            getUI().ifPresent(ui -> ui.navigate("tasks"));
        };
        return switch (task.element()) {
            case GrantApplicationProcess.Elements.CHECK_COMPLETENESS ->
                    new CompletenessCheckPanel(flow, task, users.withRole(Role.OFFICIAL), done);
            case GrantApplicationProcess.Elements.ASSIGN_REPLACEMENT_REVIEWER ->
                    new ReplacementReviewerPanel(flow, task, users.withRole(Role.OFFICIAL), done);
            case GrantApplicationProcess.Elements.ASSESS -> reviewPanels.assessment(task, done);
            case GrantApplicationProcess.Elements.PROPOSE_DECISION -> reviewPanels.proposal(task, done);
            case GrantApplicationProcess.Elements.APPROVE_DECISION -> reviewPanels.approval(task, done);
            default -> throw new NotFoundException();
        };
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – " + getTranslation("app.title");
    }
}
