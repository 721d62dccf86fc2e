package fi.avustus.actionplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fi.avustus.actionplan.DocumentDetails;
import fi.avustus.actionplan.DocumentSummary;
import fi.avustus.actionplan.NetworkDocuments;
import fi.avustus.actionplan.VersionSummary;
import fi.avustus.approval.Approvals;
import fi.avustus.approval.ui.RoundPanel;
import fi.avustus.shared.DomainException;
import fi.avustus.ui.Messages;
import fi.avustus.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The page of one document: where it stands, what it says (the draft for the network's own
 * people and staff, the version last sent for the steering group), its submitted versions with
 * any two compared, and the steering group's rounds with votes and comments. The coordinator
 * edits from here or starts a new revision of the approved version.
 */
@Route("documents/:id")
@PermitAll
public class DocumentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient NetworkDocuments documents;
    private final transient Approvals approvals;
    private final H2 heading = new H2();

    public DocumentView(NetworkDocuments documents, Approvals approvals) {
        this.documents = documents;
        this.approvals = approvals;
        setMaxWidth("80rem");
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        show(documents.find(id).orElseThrow(NotFoundException::new));
    }

    private void show(DocumentDetails details) {
        removeAll();
        DocumentSummary summary = details.summary();
        heading.setText(DocumentTexts.title(this, summary));
        RouterLink network = new RouterLink(getTranslation("actionplan.page.toNetwork", summary.networkName(DocumentTexts.locale())),
                NetworkDocumentsView.class, NetworkDocumentsView.parameters(summary.networkId()));
        network.setId("network-documents");
        add(heading, network, facts(summary), actions(details));
        add(new H3(getTranslation(details.showsDraft() ? "actionplan.page.draft" : "actionplan.page.lastSent")),
                new ContentView(details.content(), "content"));
        add(new H3(getTranslation("actionplan.versions")));
        if (details.versions().isEmpty()) {
            add(new com.vaadin.flow.component.html.Paragraph(getTranslation("actionplan.versions.none")));
        } else {
            add(new VersionsGrid(details.versions(), number -> new VersionDialog(DocumentTexts.title(this, summary),
                    documents.version(details.id(), number)).open()), comparison(details));
            add(new RoundPanel(approvals, summary.type().name(), details.id()));
        }
    }

    private DescriptionList facts(DocumentSummary summary) {
        DescriptionList facts = new DescriptionList();
        facts.setId("facts");
        facts.add(new DescriptionList.Term(getTranslation("actionplan.status")),
                new DescriptionList.Description(DocumentTexts.badge(this, summary.status())));
        fact(facts, "actionplan.page.submittedVersions", String.valueOf(summary.submittedVersions()));
        fact(facts, "actionplan.page.approvedVersion", summary.approvedVersion() == null ? "–"
                : getTranslation("actionplan.version.number", summary.approvedVersion()));
        fact(facts, "actionplan.page.modifiedAt", DocumentTexts.time(summary.modifiedAt()));
        return facts;
    }

    private void fact(DescriptionList facts, String key, String value) {
        facts.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private HorizontalLayout actions(DocumentDetails details) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (details.editable()) {
            Button edit = new Button(getTranslation("actionplan.page.edit"), click -> getUI().ifPresent(ui ->
                    ui.navigate(DocumentEditorView.class, parameters(details.id()))));
            edit.setId("edit");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit);
        }
        if (details.revisable()) {
            Button revise = new Button(getTranslation("actionplan.page.startRevision"), click -> startRevision(details.id()));
            revise.setId("start-revision");
            revise.setTooltipText(getTranslation("actionplan.page.startRevision.help"));
            actions.add(revise);
        }
        return actions;
    }

    private void startRevision(long id) {
        try {
            documents.startRevision(id);
            Notifications.success(getTranslation("actionplan.revisionStarted"));
            getUI().ifPresent(ui -> ui.navigate(DocumentEditorView.class, parameters(id)));
        } catch (DomainException refused) {
            Notifications.error(Messages.of(this, refused));
        }
    }

    /** Any two versions, compared field by field; the latest against the one before it to begin with. */
    private Component comparison(DocumentDetails details) {
        List<Integer> numbers = details.versions().stream().map(VersionSummary::number).toList();
        ComboBox<Integer> from = new ComboBox<>(getTranslation("actionplan.compare.from"), numbers);
        ComboBox<Integer> to = new ComboBox<>(getTranslation("actionplan.compare.to"), numbers);
        from.setId("compare-from");
        to.setId("compare-to");
        from.setItemLabelGenerator(number -> getTranslation("actionplan.version.number", number));
        to.setItemLabelGenerator(number -> getTranslation("actionplan.version.number", number));
        from.setValue(numbers.get(Math.max(0, numbers.size() - 2)));
        to.setValue(numbers.get(numbers.size() - 1));
        Button compare = new Button(getTranslation("actionplan.compare"), click -> {
            if (from.getValue() != null && to.getValue() != null) {
                new DifferenceDialog(documents.difference(details.id(), from.getValue(), to.getValue()),
                        from.getValue(), to.getValue()).open();
            }
        });
        compare.setId("compare");
        HorizontalLayout comparison = new HorizontalLayout(from, to, compare);
        comparison.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return comparison;
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – " + getTranslation("app.title");
    }
}
