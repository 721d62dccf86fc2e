package fi.avustus.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import fi.avustus.programme.CallSummary;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import java.time.Instant;
import java.util.Locale;

/** The columns a list of calls shows, shared by the call list and a programme's page. */
final class CallColumns {

    private CallColumns() {
    }

    static void addTo(Grid<CallSummary> grid, Component host, Locale locale, boolean withProgramme) {
        grid.addColumn(call -> call.title(locale)).setKey("title")
                .setHeader(host.getTranslation("call.title")).setSortProperty("title.fi").setFlexGrow(3);
        if (withProgramme) {
            grid.addColumn(call -> call.programmeName().in(locale)).setKey("programme")
                    .setHeader(host.getTranslation("call.programmeId")).setFlexGrow(2);
        }
        grid.addColumn(call -> time(locale, call.openFrom())).setKey("openFrom")
                .setHeader(host.getTranslation("call.openFrom")).setSortProperty("openFrom").setAutoWidth(true);
        grid.addColumn(call -> time(locale, call.openUntil())).setKey("openUntil")
                .setHeader(host.getTranslation("call.openUntil")).setSortProperty("openUntil").setAutoWidth(true);
        grid.addColumn(call -> Money.format(call.budget(), locale)).setKey("budget")
                .setHeader(host.getTranslation("call.budget")).setSortProperty("budget").setAutoWidth(true);
        grid.addComponentColumn(call -> StatusBadge.of(host, call.status(), call.archived())).setKey("status")
                .setHeader(host.getTranslation("call.status")).setSortProperty("status").setAutoWidth(true);
    }

    static String time(Locale locale, Instant instant) {
        return instant == null ? "" : Time.format(instant.atZone(Time.HELSINKI), locale);
    }
}
