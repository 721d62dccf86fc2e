package fi.avustus.recovery.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.recovery.ClaimStatus;
import fi.avustus.recovery.ClaimSummary;
import fi.avustus.recovery.Recoveries;
import fi.avustus.recovery.Settlement;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.security.Roles;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recovery claims until they are settled: administrators record payments, administrators and
 * officials reduce claims with a justification, and everyone who sees a claim can open its
 * letter. Staff see every claim and every settlement, applicants their own organisations' claims.
 */
@Route("recoveries")
@Menu(title = "menu.recoveries", order = 32)
@RolesAllowed({Roles.ADMIN, Roles.OFFICIAL, Roles.APPLICANT})
public class RecoveriesView extends VerticalLayout implements HasDynamicTitle {

    private final transient Recoveries recoveries;
    private final transient Organisations organisations;
    private final transient CurrentUser currentUser;
    private final Select<ClaimStatus> status = new Select<>();
    private final Grid<ClaimSummary> claims = new Grid<>();
    private final Grid<Settlement> settlements = new Grid<>();
    private transient Map<Long, OrganisationSummary> recipients = Map.of();

    public RecoveriesView(Recoveries recoveries, Organisations organisations, CurrentUser currentUser) {
        this.recoveries = recoveries;
        this.organisations = organisations;
        this.currentUser = currentUser;
        setSizeFull();
        status.setId("status");
        status.setLabel(getTranslation("recovery.filter"));
        status.setItems(ClaimStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("recovery.all"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("recovery.all")
                : getTranslation("recovery.status." + value));
        status.addValueChangeListener(change -> refresh());
        claimGrid();
        VerticalLayout claimsTab = new VerticalLayout(status, claims);
        claimsTab.setPadding(false);
        claimsTab.setSizeFull();
        add(new H2(getTranslation("recovery.title")));
        if (isStaff()) {
            settlementGrid();
            TabSheet tabs = new TabSheet();
            tabs.setId("tabs");
            tabs.add(getTranslation("recovery.tab.claims"), claimsTab);
            tabs.add(getTranslation("recovery.tab.settlements"), settlements);
            tabs.setSizeFull();
            add(tabs);
            setFlexGrow(1, tabs);
        } else {
            add(claimsTab);
            setFlexGrow(1, claimsTab);
        }
        refresh();
    }

    private void claimGrid() {
        claims.setId("claims");
        claims.getElement().setAttribute("aria-label", getTranslation("recovery.tab.claims"));
        claims.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        claims.setSizeFull();
        claims.setEmptyStateText(getTranslation("recovery.none"));
        column(claims, "reference", ClaimSummary::reference);
        column(claims, "organisation", claim -> recipient(claim.organisationId())).setFlexGrow(2);
        column(claims, "project", claim -> String.valueOf(claim.projectId()));
        column(claims, "decisionDate", claim -> date(claim.decisionDate()));
        column(claims, "dueDate", claim -> date(claim.dueDate()));
        column(claims, "total", claim -> money(claim.total()));
        column(claims, "paid", claim -> money(claim.paid()));
        column(claims, "reduced", claim -> money(claim.reduced()));
        column(claims, "outstanding", claim -> money(claim.outstanding()));
        column(claims, "status", claim -> getTranslation("recovery.status." + claim.status()));
        claims.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
    }

    private void settlementGrid() {
        settlements.setId("settlements");
        settlements.getElement().setAttribute("aria-label", getTranslation("recovery.tab.settlements"));
        settlements.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        settlements.setSizeFull();
        settlements.setEmptyStateText(getTranslation("recovery.settlement.none"));
        column(settlements, "settlement.project", settlement -> String.valueOf(settlement.projectId()));
        column(settlements, "settlement.paid", settlement -> money(settlement.paid()));
        column(settlements, "settlement.accepted", settlement -> money(settlement.acceptedCosts()));
        column(settlements, "settlement.unused", settlement -> money(settlement.unused()));
        column(settlements, "settlement.reclaimed", settlement -> getTranslation(settlement.reclaimed()
                ? "recovery.settlement.reclaimed.yes" : "recovery.settlement.reclaimed.no"));
    }

    private static <T> Grid.Column<T> column(Grid<T> grid, String key, Function<T, String> value) {
        return grid.addColumn(value::apply).setKey(key).setHeader(grid.getTranslation("recovery." + key)).setAutoWidth(true);
    }

    private void refresh() {
        List<ClaimSummary> rows = recoveries.list(status.getValue());
        recipients = organisations.findAll(rows.stream().map(ClaimSummary::organisationId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        claims.setItems(rows);
        if (isStaff()) {
            settlements.setItems(recoveries.settlements());
        }
    }

    private String recipient(long organisationId) {
        OrganisationSummary recipient = recipients.get(organisationId);
        return recipient == null ? "" : recipient.name(getLocale());
    }

    /** The letter for everyone; payment and reduction of an open claim for those whose role may record them. */
    private Component actions(ClaimSummary claim) {
        HorizontalLayout actions = new HorizontalLayout(letter(claim));
        actions.setSpacing(true);
        if (claim.status() == ClaimStatus.OPEN && currentUser.hasRole(Role.ADMIN)) {
            actions.add(action(claim, "pay", false));
        }
        if (claim.status() == ClaimStatus.OPEN && (currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.OFFICIAL))) {
            actions.add(action(claim, "reduce", true));
        }
        return actions;
    }

    private Button action(ClaimSummary claim, String kind, boolean withJustification) {
        ClaimDialog.Change change = withJustification
                ? (amount, justification) -> recoveries.reduce(claim.id(), amount, justification, claim.version())
                : (amount, justification) -> recoveries.markPaid(claim.id(), amount, claim.version());
        Button button = new Button(getTranslation("recovery." + kind),
                click -> new ClaimDialog(kind, claim, withJustification, change, changed -> refresh()).open());
        button.setId(kind + "-" + claim.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", getTranslation("recovery." + kind) + " " + claim.reference());
        return button;
    }

    /** Read when clicked, through the facade, so that the same access rule applies as to the list. */
    private Anchor letter(ClaimSummary claim) {
        String name = getTranslation("recovery.letter.file", claim.reference()) + ".pdf";
        Anchor link = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] pdf = recoveries.letter(claim.id());
            return new DownloadResponse(new ByteArrayInputStream(pdf), name, "application/pdf", pdf.length);
        }), AttachmentType.DOWNLOAD, getTranslation("recovery.letter"));
        link.setId("letter-" + claim.id());
        link.getElement().setAttribute("aria-label", getTranslation("recovery.letter") + " " + claim.reference());
        return link;
    }

    private boolean isStaff() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.OFFICIAL);
    }

    private String money(BigDecimal amount) {
        return Money.format(amount, getLocale());
    }

    private String date(LocalDate date) {
        return Time.formatDate(date);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.title") + " – " + getTranslation("app.title");
    }
}
