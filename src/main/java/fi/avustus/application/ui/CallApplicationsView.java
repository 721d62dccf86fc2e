package fi.avustus.application.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.avustus.application.ApplicationSummary;
import fi.avustus.application.Applications;
import fi.avustus.application.CallApplications;
import fi.avustus.programme.Calls;
import fi.avustus.review.Assessments;
import fi.avustus.review.ScoreSummary;
import fi.avustus.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Staff's view of one call's submitted applications: how many are in each status, and each case
 * with its assessment progress and mean score (sortable), exportable as CSV. Only staff reach
 * this view, and the scores follow the same visibility rule as on the case page.
 */
@Route("calls/:callId/applications")
@RolesAllowed({Roles.ADMIN, Roles.OFFICIAL, Roles.DECISION_MAKER})
public class CallApplicationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Applications applications;
    private final transient Calls calls;
    private final transient Assessments assessments;

    public CallApplicationsView(Applications applications, Calls calls, Assessments assessments) {
        this.applications = applications;
        this.calls = calls;
        this.assessments = assessments;
        setMaxWidth("80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long callId = event.getRouteParameters().getLong("callId").orElseThrow(NotFoundException::new);
        String title = calls.find(callId).orElseThrow(NotFoundException::new).title(StatusTexts.locale());
        CallApplications ofCall = applications.ofCall(callId);
        Map<Long, ScoreSummary> scores = assessments.scoresOf(ofCall.applications().stream().map(ApplicationSummary::id).toList());
        removeAll();
        add(new H2(getTranslation("application.ofCall.title", title)));
        HorizontalLayout counts = new HorizontalLayout();
        counts.setId("status-counts");
        counts.getStyle().set("flex-wrap", "wrap");
        ofCall.countsByStatus().forEach((status, count) -> {
            Span badge = StatusTexts.badge(this, status);
            badge.setText(badge.getText() + ": " + count);
            counts.add(badge);
        });
        HorizontalLayout bar = new HorizontalLayout(counts, export(callId, ofCall.applications(), scores));
        bar.setWidthFull();
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(bar, grid(title, ofCall.applications(), scores));
    }

    private Grid<ApplicationSummary> grid(String title, List<ApplicationSummary> rows, Map<Long, ScoreSummary> scores) {
        Locale locale = StatusTexts.locale();
        Grid<ApplicationSummary> grid = new Grid<>();
        grid.setId("call-applications");
        grid.getElement().setAttribute("aria-label", getTranslation("application.ofCall.title", title));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(application -> new RouterLink(application.projectName(), ApplicationView.class,
                ApplicationView.parameters(application.id()))).setHeader(getTranslation("application.projectName"))
                .setComparator(ApplicationSummary::projectName).setFlexGrow(2);
        grid.addColumn(application -> application.organisationName(locale))
                .setHeader(getTranslation("application.organisation")).setComparator(application -> application.organisationName(locale));
        grid.addComponentColumn(application -> StatusTexts.badge(this, application.status()))
                .setHeader(getTranslation("application.status")).setComparator(ApplicationSummary::status);
        grid.addColumn(application -> StatusTexts.time(this, application.lastSubmittedAt()))
                .setHeader(getTranslation("application.submittedAt"))
                .setComparator(Comparator.comparing(ApplicationSummary::lastSubmittedAt,
                        Comparator.nullsFirst(Comparator.<Instant>naturalOrder())));
        grid.addColumn(application -> CallApplicationRows.assessments(scores.get(application.id()))).setKey("assessments")
                .setHeader(getTranslation("application.ofCall.assessments")).setAutoWidth(true)
                .setComparator(application -> scores.get(application.id()).submitted());
        grid.addColumn(application -> CallApplicationRows.score(scores.get(application.id()), locale)).setKey("score")
                .setHeader(getTranslation("application.ofCall.score")).setAutoWidth(true)
                .setComparator(Comparator.comparing(application -> CallApplicationRows.sortableScore(scores.get(application.id())),
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.setItems(rows);
        return grid;
    }

    /** The list as the viewer sees it now; the file is built only when asked for. */
    private Anchor export(long callId, List<ApplicationSummary> rows, Map<Long, ScoreSummary> scores) {
        Locale locale = StatusTexts.locale();
        Anchor export = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] csv = CallApplicationRows.csv(rows, scores, locale, key -> getTranslation(locale, key));
            return new DownloadResponse(new ByteArrayInputStream(csv), getTranslation(locale, "application.ofCall.file", callId),
                    "text/csv; charset=UTF-8", csv.length);
        }), AttachmentType.DOWNLOAD, getTranslation("application.ofCall.export"));
        export.setId("export-csv");
        return export;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("application.ofCall.heading") + " – " + getTranslation("app.title");
    }
}
