package fi.avustus.application.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import fi.avustus.application.ApplicationDetails;
import fi.avustus.application.ApplicationSummary;
import fi.avustus.application.Applications;
import fi.avustus.review.DecisionStatus;
import fi.avustus.review.Decisions;
import fi.avustus.review.ui.DecisionLetterLink;
import fi.avustus.application.SubmittedVersion;
import fi.avustus.application.internal.Application;
import fi.avustus.audit.AuditLog;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.ui.AttachmentsPanel;
import fi.avustus.ui.AuditHistory;
import jakarta.annotation.security.PermitAll;

/**
 * The case page of one application: where it stands and what is expected, its content in brief,
 * the submitted versions with what changed between them, attachments, withdrawal and the full
 * change history. Staff see every case; applicants only their own organisations' (the facade
 * answers "not found" otherwise).
 */
@Route("applications/:id")
@PermitAll
public class ApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Applications applications;
    private final transient Decisions decisions;
    private final transient CurrentUser currentUser;
    private final transient AuditLog auditLog;
    private final H2 heading = new H2();

    public ApplicationView(Applications applications, Decisions decisions, CurrentUser currentUser, AuditLog auditLog) {
        this.decisions = decisions;
        this.applications = applications;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        setMaxWidth("70rem");
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        show(applications.find(id).orElseThrow(NotFoundException::new));
    }

    private void show(ApplicationDetails details) {
        removeAll();
        ApplicationSummary summary = details.summary();
        heading.setText(summary.projectName().isBlank() ? getTranslation("application.untitled", summary.id()) : summary.projectName());
        add(heading, facts(details), actions(details));
        // The decision and its letter, once a decision maker has approved it.
        decisions.ofApplication(details.id()).filter(decision -> decision.status() == DecisionStatus.APPROVED)
                .ifPresent(decision -> add(new H3(getTranslation("application.decision")),
                        new DecisionLetterLink(decisions, decision.id())));

        add(new H3(getTranslation("application.content")));
        UnorderedList objectives = new UnorderedList();
        objectives.setId("objectives");
        details.content().getObjectives().forEach(objective -> objectives.add(new ListItem(objective)));
        TotalsPanel totals = new TotalsPanel(details.callMaxGrant(), details.callMinSelfFinancingPercent());
        totals.show(details.content().totals());
        add(objectives, totals);

        add(new H3(getTranslation("application.versions")), versions(details));
        add(new H3(getTranslation("application.attachments")));
        add(AttachmentsPanel.readOnly(details::attachments,
                attachmentId -> applications.downloadAttachment(details.id(), attachmentId)), new AuditHistory(auditLog, Application.class, details.id()));
    }

    private DescriptionList facts(ApplicationDetails details) {
        ApplicationSummary summary = details.summary();
        DescriptionList facts = new DescriptionList();
        facts.setId("facts");
        fact(facts, "application.call", summary.callTitle(StatusTexts.locale()));
        fact(facts, "application.organisation", summary.organisationName(StatusTexts.locale()));
        facts.add(new DescriptionList.Term(getTranslation("application.status")),
                new DescriptionList.Description(StatusTexts.badge(this, summary.status())));
        fact(facts, "application.expected", StatusTexts.expected(this, summary)).setId("expected");
        if (details.submittedAt() != null) {
            fact(facts, "application.submittedAt", StatusTexts.time(this, details.submittedAt()));
        }
        if (details.completionMessage() != null) {
            fact(facts, "application.completionMessage", details.completionMessage());
        }
        if (details.withdrawalReason() != null) {
            fact(facts, "application.withdrawalReason", details.withdrawalReason());
        }
        return facts;
    }

    private DescriptionList.Description fact(DescriptionList facts, String key, String value) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        facts.add(new DescriptionList.Term(getTranslation(key)), description);
        return description;
    }

    private HorizontalLayout actions(ApplicationDetails details) {
        HorizontalLayout actions = new HorizontalLayout();
        boolean own = currentUser.hasRole(Role.APPLICANT)
                && currentUser.organisationIds().contains(details.summary().organisationId());
        if (own && details.status().editableByApplicant()) {
            Button edit = new Button(getTranslation("application.edit"),
                    click -> getUI().ifPresent(ui -> ui.navigate(ApplicationEditorView.class, parameters(details.id()))));
            edit.setId("edit");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit);
        }
        if (own && details.status().withdrawable()) {
            Button withdraw = new Button(getTranslation("application.withdraw"),
                    click -> new WithdrawDialog(applications, details.id(), () -> show(applications.find(details.id())
                            .orElseThrow(NotFoundException::new))).open());
            withdraw.setId("withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        return actions;
    }

    private Grid<SubmittedVersion> versions(ApplicationDetails details) {
        Grid<SubmittedVersion> grid = new Grid<>();
        grid.setId("versions");
        grid.getElement().setAttribute("aria-label", getTranslation("application.versions"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(SubmittedVersion::number).setHeader(getTranslation("application.version.number")).setAutoWidth(true);
        grid.addColumn(version -> StatusTexts.time(this, version.submittedAt())).setHeader(getTranslation("application.version.submittedAt"));
        grid.addColumn(SubmittedVersion::submittedBy).setHeader(getTranslation("application.version.submittedBy"));
        grid.addComponentColumn(version -> {
            Button compare = new Button(getTranslation("application.version.compare"),
                    click -> new DifferenceDialog(applications.difference(details.id(), version.number() - 1, version.number()),
                            version.number()).open());
            compare.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            compare.setVisible(version.number() > 1);
            compare.setId("compare-" + version.number());
            return compare;
        }).setKey("compare");
        grid.setItems(details.versions());
        return grid;
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – " + getTranslation("app.title");
    }
}
