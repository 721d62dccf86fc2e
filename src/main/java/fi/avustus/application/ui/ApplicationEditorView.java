package fi.avustus.application.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.avustus.application.ApplicationDetails;
import fi.avustus.application.ApplicationForm;
import fi.avustus.application.ApplicationStatus;
import fi.avustus.application.Applications;
import fi.avustus.organisation.Organisations;
import fi.avustus.security.Roles;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Time;
import fi.avustus.shared.ValidationFailedException;
import fi.avustus.ui.AttachmentsPanel;
import fi.avustus.ui.FormFields;
import fi.avustus.ui.Messages;
import fi.avustus.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The applicant's step-by-step editor. Every change is saved as a draft after a short pause in
 * typing and on each step change, with the field rules; the submit rules are checked on submit,
 * and their reasons show on the fields and as a list on the last step. A save that collides with
 * someone else's says so and keeps what was typed.
 */
@Route("applications/:id/edit")
@RolesAllowed(Roles.APPLICANT)
public class ApplicationEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int TYPING_PAUSE_MS = 800;

    private final transient Applications applications;
    private final transient Organisations organisations;
    private final Binder<ApplicationForm> binder = new Binder<>(ApplicationForm.class);
    private final FormFields fields = new FormFields(this);
    private final H2 heading = new H2();
    private final Span saveState = new Span();
    private final UnorderedList reasons = new UnorderedList();
    private final Map<Tab, Component> sections = new LinkedHashMap<>();
    private final Tabs tabs = new Tabs();
    private TotalsPanel totals;
    private ApplicationForm bean;
    private long id;
    private boolean loading;
    /** Typed but not stored yet: a step change saves only then, so that submit reasons stay on their fields. */
    private boolean dirty;

    public ApplicationEditorView(Applications applications, Organisations organisations) {
        this.applications = applications;
        this.organisations = organisations;
        setMaxWidth("70rem");
        saveState.setId("save-state");
        saveState.getElement().setAttribute("role", "status");
        reasons.setId("submit-reasons");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        ApplicationDetails details = applications.find(id).orElseThrow(NotFoundException::new);
        if (!details.status().editableByApplicant()) {
            event.forwardTo(ApplicationView.class, ApplicationView.parameters(id));
            return;
        }
        build(details);
    }

    private void build(ApplicationDetails details) {
        removeAll();
        sections.clear();
        tabs.removeAll();
        heading.setText(getTranslation("application.editor.title", details.callTitle().in(StatusTexts.locale())));
        totals = new TotalsPanel(details.callMaxGrant(), details.callMinSelfFinancingPercent());
        section("basic", basicInfo());
        section("partners", withHelp("application.partners.help", bind("partners", ApplicationListFields.partners(organisations),
                ApplicationForm::getPartners, ApplicationForm::setPartners)));
        section("objectives", bind("objectives", ApplicationListFields.objectives(),
                ApplicationForm::getObjectives, ApplicationForm::setObjectives));
        section("activities", bind("activities", ApplicationListFields.activities(),
                ApplicationForm::getActivities, ApplicationForm::setActivities));
        section("budget", budget());
        long applicationId = id;
        AttachmentsPanel attachments = new AttachmentsPanel(new AttachmentsPanel.Callbacks(
                () -> applications.find(applicationId).map(ApplicationDetails::attachments).orElse(List.of()),
                (name, content) -> applications.uploadAttachment(applicationId, name, content),
                attachmentId -> applications.deleteAttachment(applicationId, attachmentId),
                attachmentId -> applications.downloadAttachment(applicationId, attachmentId)),
                true, Applications.ATTACHMENTS_MAX_BYTES);
        attachments.show(details.attachments());
        section("attachments", attachments);
        section("submit", submitSection(details));
        tabs.setId("steps");
        tabs.addSelectedChangeListener(change -> {
            sections.forEach((tab, section) -> section.setVisible(tab.equals(change.getSelectedTab())));
            if (change.getPreviousTab() != null && dirty) {
                autosave();
            }
        });
        add(heading, new Paragraph(deadline(details)), tabs, totals);
        sections.values().forEach(this::add);
        sections.forEach((tab, section) -> section.setVisible(tab.equals(tabs.getSelectedTab())));
        add(saveState);
        show(details.content());
        binder.addValueChangeListener(change -> {
            if (!loading) {
                dirty = true;
                totals.show(currentForm().totals());
                autosave();
            }
        });
    }

    private void show(ApplicationForm form) {
        loading = true;
        bean = form;
        binder.readBean(bean);
        totals.show(bean.totals());
        loading = false;
    }

    private Component basicInfo() {
        FormLayout form = new FormLayout();
        form.add(bind("projectName", new TextField(getTranslation("application.projectName")),
                ApplicationForm::getProjectName, ApplicationForm::setProjectName), 2);
        form.add(bind("summary", new TextArea(getTranslation("application.summary")),
                ApplicationForm::getSummary, ApplicationForm::setSummary), 2);
        form.add(bind("contactName", new TextField(getTranslation("application.contactName")),
                ApplicationForm::getContactName, ApplicationForm::setContactName));
        form.add(bind("contactEmail", new TextField(getTranslation("application.contactEmail")),
                ApplicationForm::getContactEmail, ApplicationForm::setContactEmail));
        form.add(bind("contactPhone", new TextField(getTranslation("application.contactPhone")),
                ApplicationForm::getContactPhone, ApplicationForm::setContactPhone));
        return form;
    }

    private Component budget() {
        BigDecimalField selfFinancing = new BigDecimalField(getTranslation("application.selfFinancing"));
        selfFinancing.setHelperText(getTranslation("application.selfFinancing.help"));
        VerticalLayout budget = new VerticalLayout(bind("budgetLines", ApplicationListFields.budgetLines(),
                ApplicationForm::getBudgetLines, ApplicationForm::setBudgetLines),
                bind("selfFinancing", selfFinancing, ApplicationForm::getSelfFinancing, ApplicationForm::setSelfFinancing));
        budget.setPadding(false);
        return budget;
    }

    private Component submitSection(ApplicationDetails details) {
        boolean completing = details.status() == ApplicationStatus.COMPLETION_REQUESTED;
        Button submit = new Button(getTranslation(completing ? "application.resubmit" : "application.submit"), click -> submit(completing));
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button save = new Button(getTranslation("action.save"), click -> autosave());
        save.setId("save");
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        if (completing) {
            Paragraph request = new Paragraph(getTranslation("application.completion.request", details.completionMessage()));
            request.setId("completion-request");
            section.add(request);
        }
        section.add(new Paragraph(getTranslation("application.submit.help")), reasons, new HorizontalLayout(submit, save));
        return section;
    }

    private String deadline(ApplicationDetails details) {
        return details.callOpenUntil() == null ? ""
                : getTranslation("application.editor.closes", Time.format(details.callOpenUntil(), getLocale()));
    }

    private void section(String key, Component content) {
        Tab tab = new Tab(getTranslation("application.step." + key));
        tab.setId("step-" + key);
        tabs.add(tab);
        sections.put(tab, content);
    }

    private Component withHelp(String helpKey, Component field) {
        VerticalLayout layout = new VerticalLayout(new Paragraph(getTranslation(helpKey)), field);
        layout.setPadding(false);
        return layout;
    }

    private <V, C extends Component & HasValue<?, V> & com.vaadin.flow.component.HasValidation> C bind(
            String name, C field, com.vaadin.flow.function.ValueProvider<ApplicationForm, V> getter,
            com.vaadin.flow.data.binder.Setter<ApplicationForm, V> setter) {
        if (field instanceof HasValueChangeMode typed) {
            typed.setValueChangeMode(ValueChangeMode.LAZY);
            typed.setValueChangeTimeout(TYPING_PAUSE_MS);
        }
        if (field instanceof com.vaadin.flow.component.HasSize sized && !(field instanceof TextArea)) {
            sized.setWidthFull();
        }
        binder.forField(field).bind(getter, setter);
        return fields.register(name, field);
    }

    private ApplicationForm currentForm() {
        binder.writeBeanAsDraft(bean, true);
        return bean;
    }

    /** Saves the draft as typed; returns whether it was stored. On any refusal the typed content stays on screen. */
    private boolean autosave() {
        ApplicationForm form = currentForm();
        Optional<Long> saved = fields.save(() -> applications.saveDraft(id, form));
        saved.ifPresent(version -> {
            dirty = false;
            form.setVersion(version);
            saveState.setText(getTranslation("application.saved", Time.format(Time.now(java.time.Clock.systemUTC()), StatusTexts.locale())));
        });
        if (saved.isEmpty()) {
            saveState.setText(getTranslation("application.notSaved"));
        }
        return saved.isPresent();
    }

    private void submit(boolean completing) {
        reasons.removeAll();
        if (!autosave()) {
            return;
        }
        try {
            if (completing) {
                applications.resubmitAfterCompletion(id);
            } else {
                applications.submit(id);
            }
            Notifications.success(getTranslation(completing ? "application.resubmitted" : "application.submitted"));
            getUI().ifPresent(ui -> ui.navigate(ApplicationView.class, ApplicationView.parameters(id)));
        } catch (ValidationFailedException refused) {
            fields.showViolations(refused);
            refused.violations().forEach(violation -> reasons.add(new ListItem(
                    getTranslation(violation.messageKey(), violation.arguments()))));
        } catch (DomainException refused) {
            Notifications.error(Messages.of(this, refused));
        }
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – " + getTranslation("app.title");
    }
}
