package fi.avustus.payment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.payment.PaymentStatus;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.Payments;
import fi.avustus.project.ProjectName;
import fi.avustus.project.Projects;
import fi.avustus.project.ui.ProjectTexts;
import fi.avustus.project.ui.ProjectView;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.security.Roles;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import fi.avustus.ui.Messages;
import fi.avustus.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Staff's list of instalments across projects, by status: officials and administrators approve
 * planned ones, administrators mark approved ones paid once the finance system has paid them,
 * decision makers follow. The payment file lists what is approved and not yet paid.
 */
@Route("payments")
@Menu(title = "menu.payments", order = 30)
@RolesAllowed({Roles.ADMIN, Roles.OFFICIAL, Roles.DECISION_MAKER})
public class PaymentsView extends VerticalLayout implements HasDynamicTitle {

    private final transient Payments payments;
    private final transient Organisations organisations;
    private final transient CurrentUser currentUser;
    private final transient Projects projects;
    private final Select<PaymentStatus> status = new Select<>();
    private final Grid<PaymentSummary> grid = new Grid<>();
    private transient Map<Long, OrganisationSummary> recipients = Map.of();
    private transient Map<Long, ProjectName> projectNames = Map.of();

    public PaymentsView(Payments payments, Organisations organisations, Projects projects, CurrentUser currentUser) {
        this.payments = payments;
        this.organisations = organisations;
        this.projects = projects;
        this.currentUser = currentUser;
        setSizeFull();
        status.setId("status");
        status.setLabel(getTranslation("payment.filter"));
        status.setItems(PaymentStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("payment.all"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("payment.all")
                : getTranslation("payment.status." + value));
        status.addValueChangeListener(change -> refresh());

        grid.setId("payments");
        grid.getElement().setAttribute("aria-label", getTranslation("payment.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("payment.none"));
        column("reference", PaymentSummary::reference);
        grid.addComponentColumn(this::project).setKey("project").setHeader(getTranslation("payment.project"))
                .setAutoWidth(true).setFlexGrow(2);
        column("organisation", payment -> recipient(payment).name(getLocale())).setFlexGrow(2);
        column("businessId", payment -> recipient(payment).businessId());
        column("sequence", payment -> String.valueOf(payment.sequence()));
        column("amount", payment -> Money.format(payment.amount(), getLocale()));
        column("dueDate", payment -> Time.formatDate(payment.dueDate()));
        column("status", payment -> getTranslation("payment.status." + payment.status()));
        column("approved", payment -> who(payment.approvedBy(), payment.approvedAt()));
        column("paid", payment -> who(payment.paidBy(), payment.paidAt()));
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);

        HorizontalLayout toolbar = new HorizontalLayout(status, exports());
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("payment.title")), toolbar, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private Grid.Column<PaymentSummary> column(String key, Function<PaymentSummary, String> value) {
        return grid.addColumn(value::apply).setKey(key).setHeader(getTranslation("payment." + key)).setAutoWidth(true);
    }

    private void refresh() {
        List<PaymentSummary> rows = payments.list(status.getValue());
        recipients = recipientsOf(rows);
        projectNames = projects.names(rows.stream().map(PaymentSummary::projectId).collect(Collectors.toSet()));
        grid.setItems(rows);
    }

    /** The instalment's project by name, linking to its page. */
    private RouterLink project(PaymentSummary payment) {
        ProjectName project = projectNames.get(payment.projectId());
        RouterLink link = new RouterLink(ProjectTexts.title(this, payment.projectId(), project == null ? null : project.name()),
                ProjectView.class, ProjectView.parameters(payment.projectId()));
        link.addClassName("payment-project");
        return link;
    }

    private Map<Long, OrganisationSummary> recipientsOf(List<PaymentSummary> rows) {
        return organisations.findAll(rows.stream().map(PaymentSummary::organisationId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
    }

    private OrganisationSummary recipient(PaymentSummary payment) {
        return recipients.get(payment.organisationId());
    }

    private String who(String username, Instant at) {
        return username == null ? "" : username + ", " + Time.format(at.atZone(Time.HELSINKI), getLocale());
    }

    /** The next step of the instalment, for those whose role may take it. */
    private Component actions(PaymentSummary payment) {
        if (payment.status() == PaymentStatus.PLANNED && (currentUser.hasRole(Role.OFFICIAL) || currentUser.hasRole(Role.ADMIN))) {
            return action(payment, "payment.approve", "payment.approvedNotice", Payments::approve);
        }
        if (payment.status() == PaymentStatus.APPROVED && currentUser.hasRole(Role.ADMIN)) {
            return action(payment, "payment.markPaid", "payment.paidNotice", Payments::markPaid);
        }
        return new Span();
    }

    private Button action(PaymentSummary payment, String label, String notice, Step step) {
        Button button = new Button(getTranslation(label), click -> {
            try {
                step.take(payments, payment.id(), payment.version());
                Notifications.success(getTranslation(notice, payment.reference()));
            } catch (DomainException refused) {
                Notifications.error(Messages.of(this, refused));
            }
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", getTranslation(label) + " " + payment.reference());
        return button;
    }

    /** Approve or mark paid: a facade method taking the instalment's id and the version the viewer saw. */
    @FunctionalInterface
    private interface Step {
        PaymentSummary take(Payments payments, long instalmentId, long version);
    }

    /** Built when asked for, from the approved instalments as they are then. */
    private HorizontalLayout exports() {
        return new HorizontalLayout(export("csv", "text/csv; charset=UTF-8", PaymentFile::csv),
                export("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        file -> file.xlsx(getTranslation("payment.title"))));
    }

    private Anchor export(String type, String contentType, Function<PaymentFile, byte[]> format) {
        Anchor export = new Anchor(DownloadHandler.fromInputStream(download -> {
            List<PaymentSummary> approved = payments.list(PaymentStatus.APPROVED);
            byte[] bytes = format.apply(new PaymentFile(approved, recipientsOf(approved), getLocale(), this::getTranslation));
            return new DownloadResponse(new ByteArrayInputStream(bytes), getTranslation("payment.file") + "." + type,
                    contentType, bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("payment.export." + type));
        export.setId("export-" + type);
        return export;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payment.title") + " – " + getTranslation("app.title");
    }
}
