package fi.avustus.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import fi.avustus.audit.AuditEntry;
import fi.avustus.audit.AuditLog;
import fi.avustus.shared.Time;
import java.util.stream.Collectors;

/** The change history of one entity: who changed what and when. */
public class AuditHistory extends Details {

    public AuditHistory(AuditLog auditLog, Class<?> entityType, long id) {
        setSummaryText(getTranslation("audit.title"));
        setId("audit-history");
        Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> Time.format(entry.changedAt().atZone(Time.HELSINKI), getLocale()))
                .setHeader(getTranslation("audit.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("audit.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> getTranslation("audit.kind." + entry.kind().name()))
                .setHeader(getTranslation("audit.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.changes().stream()
                        .map(change -> change.field() + ": " + (change.before() == null ? "–" : change.before())
                                + " → " + (change.after() == null ? "–" : change.after()))
                        .collect(Collectors.joining("; ")))
                .setHeader(getTranslation("audit.what"));
        grid.setItems(auditLog.history(entityType, id));
        grid.setAllRowsVisible(true);
        add(grid);
        setWidthFull();
    }
}
