package fi.avustus.changerequest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.avustus.changerequest.ChangeRequestForm;
import fi.avustus.changerequest.ChangeRequestKind;
import fi.avustus.changerequest.ChangeRequestStatus;
import fi.avustus.changerequest.ChangeRequestSummary;
import fi.avustus.changerequest.ChangeRequests;
import fi.avustus.changerequest.internal.ChangeRules;
import fi.avustus.project.ProjectBudgetLine;
import fi.avustus.project.ProjectChangeRules;
import fi.avustus.project.ProjectContact;
import fi.avustus.project.ProjectSections;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.project.ui.ProjectTexts;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Roles;
import fi.avustus.shared.Validator;
import fi.avustus.ui.DatePickers;
import fi.avustus.ui.FormFields;
import fi.avustus.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;

/**
 * The applicant's change request for their own organisation's open project: a later end of the
 * usage period (with a warning when little of it is left), new amounts for the accepted budget
 * lines, or a new contact person, always with a justification. Refusals show on their fields.
 */
@Route("projects/:id/change-requests/new")
@RolesAllowed(Roles.APPLICANT)
public class ChangeRequestFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Projects projects;
    private final transient ChangeRequests requests;
    private final transient CurrentUser currentUser;

    public ChangeRequestFormView(Projects projects, ChangeRequests requests, CurrentUser currentUser) {
        this.projects = projects;
        this.requests = requests;
        this.currentUser = currentUser;
        setMaxWidth("70rem");
    }

    static String path(long projectId) {
        return ProjectSections.pagePath(projectId) + "/change-requests/new";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        ProjectSummary project;
        try {
            project = projects.find(id).orElseThrow(NotFoundException::new);
        } catch (AccessDeniedException notTheirs) {
            throw new NotFoundException();
        }
        if (!currentUser.organisationIds().contains(project.organisationId())) {
            throw new NotFoundException();
        }
        show(project);
    }

    private void show(ProjectSummary project) {
        removeAll();
        add(new H2(getTranslation("changerequest.form.title", ProjectTexts.title(this, project))));
        if (!project.isOpen()) {
            Paragraph closed = new Paragraph(getTranslation("project.error.closed"));
            closed.setId("closed");
            add(closed);
            return;
        }
        FormFields fields = new FormFields(this);
        RadioButtonGroup<ChangeRequestKind> kind = fields.register(ChangeRules.KIND, new RadioButtonGroup<>());
        kind.setLabel(getTranslation("changerequest.kind"));
        kind.setItems(ChangeRequestKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("changerequest.kind." + value.name()));

        DatePicker newUsageEnd = fields.register(ProjectChangeRules.NEW_USAGE_END,
                DatePickers.localised(new DatePicker(getTranslation("changerequest.newUsageEnd"))));
        newUsageEnd.setMin(project.usageEnd().plusDays(1));
        newUsageEnd.setHelperText(getTranslation("changerequest.usageEndNow", ProjectTexts.date(project.usageEnd())));
        Paragraph late = new Paragraph(getTranslation("changerequest.late",
                String.valueOf(Math.max(0, requests.usageDaysLeft(project))),
                String.valueOf(ChangeRequests.LATE_DAYS)));
        late.setId("late-warning");
        late.getElement().getThemeList().add("badge warning");
        late.getElement().setAttribute("role", "alert");
        VerticalLayout extension = new VerticalLayout(newUsageEnd);
        if (requests.lateForExtension(project)) {
            extension.add(late);
        }

        AmountsTable amounts = new AmountsTable("amounts", ChangeRules.lines(project,
                project.budgetLines().stream().map(ProjectBudgetLine::amount).toList()), false, fields);
        VerticalLayout reallocation = new VerticalLayout(new Paragraph(getTranslation("changerequest.reallocation.help")), amounts);

        TextField contactName = fields.register(ProjectChangeRules.CONTACT_NAME, new TextField(getTranslation("changerequest.contact.name")));
        EmailField contactEmail = fields.register(ProjectChangeRules.CONTACT_EMAIL, new EmailField(getTranslation("changerequest.contact.email")));
        TextField contactPhone = fields.register(ProjectChangeRules.CONTACT_PHONE, new TextField(getTranslation("changerequest.contact.phone")));
        contactName.setValue(Objects.requireNonNullElse(project.contact().name(), ""));
        contactEmail.setValue(Objects.requireNonNullElse(project.contact().email(), ""));
        contactPhone.setValue(Objects.requireNonNullElse(project.contact().phone(), ""));
        contactName.setMaxLength(Validator.NAME_MAX);
        contactEmail.setMaxLength(Validator.NAME_MAX);
        VerticalLayout contact = new VerticalLayout(contactName, contactEmail, contactPhone);

        for (VerticalLayout part : List.of(extension, reallocation, contact)) {
            part.setPadding(false);
            part.setVisible(false);
        }
        kind.addValueChangeListener(change -> {
            extension.setVisible(change.getValue() == ChangeRequestKind.EXTENSION);
            reallocation.setVisible(change.getValue() == ChangeRequestKind.REALLOCATION);
            contact.setVisible(change.getValue() == ChangeRequestKind.CONTACT);
        });

        TextArea justification = fields.register(ChangeRules.JUSTIFICATION, new TextArea(getTranslation("changerequest.justification")));
        justification.setMaxLength(Validator.TEXT_MAX);
        justification.setWidthFull();
        justification.setHelperText(getTranslation("changerequest.justification.help"));

        Button file = new Button(getTranslation("changerequest.file"), click -> fields.save(() -> requests.file(project.id(),
                new ChangeRequestForm(kind.getValue(), justification.getValue(), newUsageEnd.getValue(), amounts.amounts(),
                        new ProjectContact(contactName.getValue(), contactEmail.getValue(), contactPhone.getValue()))))
                .ifPresent(filed -> done(project, filed)));
        file.setId("file");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(kind, extension, reallocation, contact, justification, file);
    }

    private void done(ProjectSummary project, ChangeRequestSummary filed) {
        Notifications.success(getTranslation(filed.status() == ChangeRequestStatus.ACCEPTED_AUTOMATICALLY
                ? "changerequest.filed.automatic" : "changerequest.filed.pending"));
        getUI().ifPresent(ui -> ui.navigate(ProjectSections.pagePath(project.id())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("changerequest.new") + " – " + getTranslation("app.title");
    }
}
