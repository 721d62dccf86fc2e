package fi.avustus.changerequest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fi.avustus.changerequest.ChangeDecision;
import fi.avustus.changerequest.ChangeRequestFlow;
import fi.avustus.changerequest.ChangeRequestKind;
import fi.avustus.changerequest.ChangeRequestProcess;
import fi.avustus.changerequest.ChangeRequestProcess.Variables;
import fi.avustus.changerequest.ChangeRequestStatus;
import fi.avustus.changerequest.ChangeRequestSummary;
import fi.avustus.changerequest.ChangeRequestTask;
import fi.avustus.changerequest.ChangeRequests;
import fi.avustus.project.ProjectChangeRules;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.project.ui.ProjectTexts;
import fi.avustus.project.ui.ProjectView;
import fi.avustus.security.Roles;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import fi.avustus.shared.Validator;
import fi.avustus.ui.DatePickers;
import fi.avustus.ui.FormFields;
import fi.avustus.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The official's decision on a change request: the project and what is asked, then accept, accept
 * with changes (another end of the usage period, or other amounts) or reject, with a justification.
 * The decision applies the change and writes the letter; a refused decision changes nothing.
 */
@Route("tasks/change-request/:taskId")
@RolesAllowed(Roles.OFFICIAL)
public class ChangeRequestTaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE_PREFIX = "tasks/" + ChangeRequestProcess.KEY + "/";

    private final transient ChangeRequestFlow flow;
    private final transient ChangeRequests requests;
    private final transient Projects projects;
    private final H2 heading = new H2();

    public ChangeRequestTaskView(ChangeRequestFlow flow, ChangeRequests requests, Projects projects) {
        this.flow = flow;
        this.requests = requests;
        this.projects = projects;
        setMaxWidth("70rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get("taskId").orElseThrow(NotFoundException::new);
        ChangeRequestTask task;
        try {
            task = flow.task(taskId);
        } catch (DomainException gone) {
            throw new NotFoundException();
        }
        ChangeRequestSummary request = requests.find(task.changeRequestId()).orElseThrow(NotFoundException::new);
        show(task, request, projects.find(request.projectId()).orElseThrow(NotFoundException::new));
    }

    private void show(ChangeRequestTask task, ChangeRequestSummary request, ProjectSummary project) {
        removeAll();
        heading.setText(getTranslation("task." + ChangeRequestProcess.KEY + "." + ChangeRequestProcess.Elements.DECIDE));
        RouterLink projectLink = new RouterLink(ProjectTexts.title(this, project), ProjectView.class,
                ProjectView.parameters(project.id()));
        projectLink.setId("project-link");
        add(heading, projectLink, facts(request, project), new H3(getTranslation("changerequest.asked")));
        if (request.kind() == ChangeRequestKind.REALLOCATION) {
            add(new AmountsTable("requested-amounts", request.lines(), true, null));
        }
        add(decisionForm(task, request));
    }

    private DescriptionList facts(ChangeRequestSummary request, ProjectSummary project) {
        DescriptionList facts = new DescriptionList();
        facts.setId("facts");
        fact(facts, "project.granted", Money.format(project.grantedAmount(), getLocale()));
        fact(facts, "project.usagePeriod", ProjectTexts.period(project));
        fact(facts, "changerequest.kind", ChangeTexts.kind(this, request));
        fact(facts, "changerequest.asked", ChangeTexts.asked(this, getLocale(), request));
        fact(facts, "changerequest.filedAt", request.filedBy() + ", " + Time.format(request.filedAt().atZone(Time.HELSINKI), getLocale()));
        fact(facts, "changerequest.justification", request.justification());
        if (request.late()) {
            fact(facts, "changerequest.lateFiled", getTranslation("changerequest.lateFiled.value", String.valueOf(ChangeRequests.LATE_DAYS)));
        }
        return facts;
    }

    private void fact(DescriptionList facts, String key, String value) {
        facts.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private VerticalLayout decisionForm(ChangeRequestTask task, ChangeRequestSummary request) {
        FormFields fields = new FormFields(this);
        RadioButtonGroup<ChangeRequestStatus> outcome = fields.register(Variables.OUTCOME, new RadioButtonGroup<>());
        outcome.setLabel(getTranslation("changerequest.decision"));
        outcome.setItems(ChangeRequestStatus.ACCEPTED, ChangeRequestStatus.ACCEPTED_WITH_CHANGES, ChangeRequestStatus.REJECTED);
        outcome.setItemLabelGenerator(value -> getTranslation("changerequest.decision." + value.name()));

        DatePicker newUsageEnd = fields.register(ProjectChangeRules.NEW_USAGE_END,
                DatePickers.localised(new DatePicker(getTranslation("changerequest.decidedUsageEnd"))));
        AmountsTable amounts = new AmountsTable("decided-amounts", request.lines(), false, fields);
        VerticalLayout changes = new VerticalLayout(request.kind() == ChangeRequestKind.EXTENSION ? newUsageEnd : amounts);
        changes.setPadding(false);
        changes.setVisible(false);
        outcome.addValueChangeListener(change -> changes.setVisible(change.getValue() == ChangeRequestStatus.ACCEPTED_WITH_CHANGES));

        TextArea justification = fields.register(Variables.DECISION_JUSTIFICATION,
                new TextArea(getTranslation("changerequest.decision.justification")));
        justification.setMaxLength(Validator.TEXT_MAX);
        justification.setWidthFull();

        Button save = new Button(getTranslation("changerequest.decision.save"), click -> fields.save(() -> flow.decide(task.taskId(),
                new ChangeDecision(outcome.getValue(), justification.getValue(), newUsageEnd.getValue(),
                        request.kind() == ChangeRequestKind.REALLOCATION ? amounts.amounts() : List.of())))
                .ifPresent(decided -> {
                    Notifications.success(getTranslation("changerequest.decision.done",
                            getTranslation("changerequest.status." + decided.status().name())));
                    getUI().ifPresent(ui -> ui.navigate("tasks"));
                }));
        save.setId("decide");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("changerequest.decision")), outcome, changes,
                justification, save);
        form.setPadding(false);
        return form;
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – " + getTranslation("app.title");
    }
}
