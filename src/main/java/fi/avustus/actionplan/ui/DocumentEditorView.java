package fi.avustus.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fi.avustus.actionplan.ActionPlanContent;
import fi.avustus.actionplan.AnnualReportContent;
import fi.avustus.actionplan.DocumentDetails;
import fi.avustus.actionplan.DocumentStatus;
import fi.avustus.actionplan.DocumentType;
import fi.avustus.actionplan.NetworkDocuments;
import fi.avustus.actionplan.FinancialPlanContent;
import fi.avustus.actionplan.process.DocumentFlow;
import fi.avustus.approval.Approvals;
import fi.avustus.approval.ui.RoundPanel;
import fi.avustus.security.Roles;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Time;
import fi.avustus.shared.ValidationFailedException;
import fi.avustus.ui.DatePickers;
import fi.avustus.ui.Messages;
import fi.avustus.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;

/**
 * The coordinator's editor of a document. Every change is saved as a draft after a short pause in
 * typing, with the draft rules; a save that collides with someone else's says so and keeps what
 * was typed. Submitting checks the submit rules and sends a frozen version to the steering group;
 * after a request for changes the group's comments show above the editor.
 */
@Route("documents/:id/edit")
@RolesAllowed(Roles.APPLICANT)
public class DocumentEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient NetworkDocuments documents;
    private final transient DocumentFlow flow;
    private final transient Approvals approvals;
    private final H2 heading = new H2();
    private final Span saveState = new Span();
    private final UnorderedList reasons = new UnorderedList();
    private DocumentFields fields;
    private ContentEditor editor;
    private long id;
    private long lock;

    public DocumentEditorView(NetworkDocuments documents, DocumentFlow flow, Approvals approvals) {
        this.documents = documents;
        this.flow = flow;
        this.approvals = approvals;
        setMaxWidth("80rem");
        saveState.setId("save-state");
        saveState.getElement().setAttribute("role", "status");
        reasons.setId("submit-reasons");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        DocumentDetails details = documents.find(id).orElseThrow(NotFoundException::new);
        if (!details.editable()) {
            event.forwardTo(DocumentView.class, DocumentView.parameters(id));
            return;
        }
        build(details);
    }

    private void build(DocumentDetails details) {
        removeAll();
        reasons.removeAll();
        fields = new DocumentFields(this);
        lock = details.lockVersion();
        heading.setText(DocumentTexts.title(this, details.summary()));
        RouterLink page = new RouterLink(getTranslation("actionplan.editor.toPage"), DocumentView.class,
                DocumentView.parameters(id));
        page.setId("document-page");
        add(heading, page);
        if (details.summary().status() == DocumentStatus.CHANGES_REQUESTED) {
            Paragraph notice = new Paragraph(getTranslation("actionplan.editor.changesRequested"));
            notice.setId("changes-requested");
            add(notice, new RoundPanel(approvals, details.summary().type().name(), id));
        }
        int year = details.summary().year();
        editor = switch (details.summary().type()) {
            case ACTION_PLAN -> new ActionPlanEditor((ActionPlanContent) details.content(), year, fields, this::autosave);
            case FINANCIAL_PLAN -> new FinancialPlanEditor((FinancialPlanContent) details.content(), fields, this::autosave);
            case ANNUAL_REPORT -> new AnnualReportEditor((AnnualReportContent) details.content(), fields, this::autosave);
        };
        if (details.summary().type() == DocumentType.ANNUAL_REPORT) {
            Button rebase = new Button(getTranslation("actionplan.report.rebase"), click -> rebase());
            rebase.setId("rebase");
            rebase.setTooltipText(getTranslation("actionplan.report.rebase.help"));
            add(rebase);
        }
        add(editor.component(), submitSection(), saveState);
    }

    /** Moves the report onto the plans approved now, keeping what was written, and shows it again. */
    private void rebase() {
        if (!autosave()) {
            return;
        }
        try {
            documents.rebaseReport(id);
            Notifications.success(getTranslation("actionplan.report.rebased"));
            build(documents.find(id).orElseThrow(NotFoundException::new));
        } catch (DomainException refused) {
            Notifications.error(Messages.of(this, refused));
        }
    }

    private VerticalLayout submitSection() {
        DatePicker deadline = DatePickers.localised(
                new DatePicker(getTranslation("actionplan.submit.deadline"), flow.defaultDeadline()));
        deadline.setId("deadline");
        deadline.setHelperText(getTranslation("actionplan.submit.deadline.help"));
        fields.register("deadline", deadline);
        Button submit = new Button(getTranslation("actionplan.submit"), click -> submit(deadline));
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button save = new Button(getTranslation("action.save"), click -> autosave());
        save.setId("save");
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("actionplan.submit.title")),
                new Paragraph(getTranslation("actionplan.submit.help")), deadline, reasons, new HorizontalLayout(submit, save));
        section.setPadding(false);
        return section;
    }

    /** Saves the draft as typed; returns whether it was stored. On a refusal the typed content stays on screen. */
    private boolean autosave() {
        Optional<Long> saved = fields.save(() -> documents.saveDraft(id, lock, editor.value()));
        saved.ifPresent(version -> {
            lock = version;
            saveState.setText(getTranslation("actionplan.saved", Time.format(Time.now(Clock.systemUTC()), DocumentTexts.locale())));
        });
        if (saved.isEmpty()) {
            saveState.setText(getTranslation("actionplan.notSaved"));
        }
        return saved.isPresent();
    }

    private void submit(DatePicker deadline) {
        reasons.removeAll();
        if (!autosave()) {
            return;
        }
        try {
            int version = flow.submit(id, deadline.getValue());
            Notifications.success(getTranslation("actionplan.submitted", version));
            getUI().ifPresent(ui -> ui.navigate(DocumentView.class, DocumentView.parameters(id)));
        } catch (ValidationFailedException refused) {
            fields.showViolations(refused);
            refused.violations().forEach(violation -> reasons.add(new ListItem(FieldPaths.where(this, violation.field())
                    + ": " + getTranslation(violation.messageKey(), violation.arguments()))));
        } catch (DomainException refused) {
            Notifications.error(Messages.of(this, refused));
        }
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – " + getTranslation("app.title");
    }
}
