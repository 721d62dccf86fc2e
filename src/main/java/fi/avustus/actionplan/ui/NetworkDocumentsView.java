package fi.avustus.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fi.avustus.actionplan.DocumentSummary;
import fi.avustus.actionplan.DocumentType;
import fi.avustus.actionplan.NetworkDocuments;
import fi.avustus.organisation.NetworkSummary;
import fi.avustus.shared.DomainException;
import fi.avustus.ui.Messages;
import fi.avustus.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import java.time.Year;
import java.util.List;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;

/**
 * A network's documents for a chosen year, with where each stands (draft, with the steering group,
 * changes requested, approved). The coordinator starts the year's documents here.
 */
@Route("networks/:networkId/documents")
@PermitAll
public class NetworkDocumentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient NetworkDocuments documents;
    private final H2 heading = new H2();
    private final Select<Integer> year = new Select<>();
    private final Grid<DocumentSummary> grid = new Grid<>();
    private final HorizontalLayout create = new HorizontalLayout();
    private final Paragraph none = new Paragraph();
    private List<DocumentSummary> all = List.of();
    private long networkId;
    private boolean writes;

    public NetworkDocumentsView(NetworkDocuments documents) {
        this.documents = documents;
        setMaxWidth("80rem");
        year.setLabel(getTranslation("actionplan.year"));
        year.setId("year");
        year.addValueChangeListener(change -> showYear());
        grid.setId("documents");
        grid.getElement().setAttribute("aria-label", getTranslation("actionplan.documents"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(document -> {
            RouterLink link = new RouterLink(DocumentTexts.type(this, document.type()), DocumentView.class,
                    DocumentView.parameters(document.id()));
            link.setId("document-" + document.id());
            return link;
        }).setHeader(getTranslation("actionplan.document"));
        grid.addComponentColumn(document -> DocumentTexts.badge(this, document.status())).setHeader(getTranslation("actionplan.status"));
        grid.addColumn(DocumentSummary::submittedVersions).setHeader(getTranslation("actionplan.page.submittedVersions"));
        grid.addColumn(document -> document.approvedVersion() == null ? "–"
                : getTranslation("actionplan.version.number", document.approvedVersion()))
                .setHeader(getTranslation("actionplan.page.approvedVersion"));
        grid.addColumn(document -> DocumentTexts.time(document.modifiedAt())).setHeader(getTranslation("actionplan.page.modifiedAt"));
        none.setId("no-documents");
        create.setId("create");
        create.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    }

    static RouteParameters parameters(long networkId) {
        return new RouteParameters("networkId", String.valueOf(networkId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        networkId = event.getRouteParameters().getLong("networkId").orElseThrow(NotFoundException::new);
        NetworkSummary network = documents.networks().stream().filter(found -> found.id() == networkId).findFirst()
                .orElseThrow(NotFoundException::new);
        try {
            all = documents.ofNetwork(networkId);
        } catch (AccessDeniedException outside) {
            throw new NotFoundException();
        }
        writes = documents.writes(networkId);
        heading.setText(getTranslation("actionplan.network.title", network.name(DocumentTexts.locale())));
        TreeSet<Integer> years = new TreeSet<>(all.stream().map(DocumentSummary::year).toList());
        int current = Year.now().getValue();
        if (writes) {
            years.add(current);
            years.add(current + 1);
        }
        removeAll();
        add(heading);
        if (years.isEmpty()) {
            none.setText(getTranslation("actionplan.network.none"));
            add(none);
            return;
        }
        year.setItems(years.descendingSet());
        add(year, grid, none, create);
        year.setValue(all.isEmpty() ? (years.contains(current) ? current : years.last()) : all.get(0).year());
    }

    private void showYear() {
        Integer chosen = year.getValue();
        if (chosen == null) {
            return;
        }
        List<DocumentSummary> ofYear = all.stream().filter(document -> document.year() == chosen).toList();
        grid.setItems(ofYear);
        grid.setVisible(!ofYear.isEmpty());
        none.setText(getTranslation("actionplan.network.noneForYear", String.valueOf(chosen)));
        none.setVisible(ofYear.isEmpty());
        create.removeAll();
        if (writes) {
            create.add(new H3(getTranslation("actionplan.network.start")));
            for (DocumentType type : DocumentType.values()) {
                if (ofYear.stream().noneMatch(document -> document.type() == type)) {
                    Button start = new Button(getTranslation("actionplan.network.startType", DocumentTexts.type(this, type),
                            String.valueOf(chosen)), click -> start(type, chosen));
                    start.setId("start-" + type.name());
                    create.add(start);
                }
            }
        }
    }

    private void start(DocumentType type, int chosenYear) {
        try {
            long id = documents.create(type, networkId, chosenYear);
            getUI().ifPresent(ui -> ui.navigate(DocumentEditorView.class, DocumentView.parameters(id)));
        } catch (DomainException refused) {
            Notifications.error(Messages.of(this, refused));
        }
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – " + getTranslation("app.title");
    }
}
