package fi.avustus.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.avustus.notification.MailOutbox;
import fi.avustus.notification.MailStatus;
import fi.avustus.notification.OutboxEntry;
import fi.avustus.security.Roles;
import fi.avustus.shared.Time;
import fi.avustus.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Administrators see what e-mail went out, what waits and what failed, with the last error, and
 * can give failed e-mails another round of attempts once the cause is fixed.
 */
@Route("admin/mail")
@Menu(title = "menu.mailOutbox", order = 41)
@RolesAllowed(Roles.ADMIN)
public class MailOutboxView extends VerticalLayout implements HasDynamicTitle {

    public MailOutboxView(MailOutbox outbox) {
        setSizeFull();
        Select<MailStatus> status = new Select<>();
        status.setId("status");
        status.setLabel(getTranslation("outbox.filter"));
        status.setItems(MailStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("outbox.all"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("outbox.all")
                : getTranslation("outbox.status." + value));

        Grid<OutboxEntry> grid = new Grid<>(OutboxEntry.class, false);
        grid.setId("outbox");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        column(grid, "created", entry -> time(entry.createdAt()));
        column(grid, "recipient", OutboxEntry::recipient).setFlexGrow(2);
        column(grid, "language", OutboxEntry::language);
        column(grid, "subject", OutboxEntry::subject).setFlexGrow(3);
        column(grid, "status", entry -> getTranslation("outbox.status." + entry.status()));
        column(grid, "attempts", entry -> String.valueOf(entry.attempts()));
        column(grid, "next", entry -> entry.status() == MailStatus.PENDING ? time(entry.nextAttemptAt()) : "");
        column(grid, "sent", entry -> time(entry.sentAt()));
        column(grid, "error", entry -> entry.lastError() == null ? "" : entry.lastError()).setFlexGrow(3);
        Sort newestFirst = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
        grid.setItems(query -> outbox.list(status.getValue(),
                PageRequest.of(query.getPage(), query.getPageSize(), newestFirst)).stream());
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Button retry = new Button(getTranslation("outbox.retryFailed"), click -> {
            Notifications.success(getTranslation("outbox.retried", outbox.retryFailed()));
            grid.getDataProvider().refreshAll();
        });
        retry.setId("retry-failed");
        HorizontalLayout toolbar = new HorizontalLayout(status, retry);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("outbox.title")), toolbar, grid);
        setFlexGrow(1, grid);
    }

    private Grid.Column<OutboxEntry> column(Grid<OutboxEntry> grid, String key, Function<OutboxEntry, String> value) {
        return grid.addColumn(value::apply).setKey(key).setHeader(getTranslation("outbox." + key)).setAutoWidth(true);
    }

    private String time(Instant instant) {
        return instant == null ? "" : Time.format(instant.atZone(Time.HELSINKI), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title") + " – " + getTranslation("app.title");
    }
}
