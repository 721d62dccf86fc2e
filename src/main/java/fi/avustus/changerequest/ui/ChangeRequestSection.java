package fi.avustus.changerequest.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.avustus.changerequest.ChangeRequestSummary;
import fi.avustus.changerequest.ChangeRequests;
import fi.avustus.project.ProjectSections;
import fi.avustus.project.ProjectSummary;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.shared.Time;
import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * The change requests on the project's page: each request with what it asked, where it stands and
 * its decision letter, and for the project's own applicants, while the project is open, the way
 * to a new request.
 */
@org.springframework.stereotype.Component
class ChangeRequestSection implements ProjectSections {

    /** After the project's own facts, before what other modules add later in the project's life. */
    static final int ORDER = 20;

    private final ChangeRequests requests;
    private final CurrentUser currentUser;

    ChangeRequestSection(ChangeRequests requests, CurrentUser currentUser) {
        this.requests = requests;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public Component section(ProjectSummary project, Locale locale) {
        return new Section(project);
    }

    /** Built for one page view: the current user's roles and the requests as they are now. */
    private final class Section extends VerticalLayout {

        Section(ProjectSummary project) {
            setId("change-requests");
            setPadding(false);
            add(new H3(getTranslation("changerequest.title")));
            boolean own = currentUser.hasRole(Role.APPLICANT) && currentUser.organisationIds().contains(project.organisationId());
            if (own && project.isOpen()) {
                Button file = new Button(getTranslation("changerequest.new"),
                        click -> getUI().ifPresent(ui -> ui.navigate(ChangeRequestFormView.path(project.id()))));
                file.setId("new-change-request");
                file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(file);
            }
            Grid<ChangeRequestSummary> grid = new Grid<>();
            grid.setId("change-request-list");
            grid.getElement().setAttribute("aria-label", getTranslation("changerequest.title"));
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
            grid.setEmptyStateText(getTranslation("changerequest.none"));
            grid.addColumn(request -> Time.format(request.filedAt().atZone(Time.HELSINKI), getLocale()))
                    .setHeader(getTranslation("changerequest.filedAt")).setKey("filed").setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(request -> ChangeTexts.kind(this, request)).setHeader(getTranslation("changerequest.kind"))
                    .setKey("kind").setAutoWidth(true);
            grid.addColumn(request -> ChangeTexts.asked(this, getLocale(), request)).setHeader(getTranslation("changerequest.asked"))
                    .setKey("asked").setFlexGrow(2);
            grid.addComponentColumn(request -> ChangeTexts.badge(this, request.status()))
                    .setHeader(getTranslation("changerequest.status")).setKey("status").setAutoWidth(true);
            grid.addColumn(request -> ChangeTexts.decided(this, getLocale(), request)).setHeader(getTranslation("changerequest.decided"))
                    .setKey("decided").setFlexGrow(2);
            grid.addComponentColumn(this::letter).setHeader(getTranslation("changerequest.letter")).setKey("letter")
                    .setAutoWidth(true);
            grid.setItems(requests.ofProject(project.id()));
            add(grid);
        }

        /** The decision letter of an official's decision, read through the facade when clicked. */
        private Component letter(ChangeRequestSummary request) {
            if (!request.status().decidedByOfficial()) {
                return new Span();
            }
            Anchor link = new Anchor(DownloadHandler.fromInputStream(download -> {
                byte[] pdf = requests.letter(request.id());
                return new DownloadResponse(new ByteArrayInputStream(pdf), "muutospaatos-" + request.id() + ".pdf",
                        "application/pdf", pdf.length);
            }), AttachmentType.INLINE, getTranslation("changerequest.letter.download"));
            link.setId("change-letter-" + request.id());
            link.setTarget("_blank");
            return link;
        }
    }
}
